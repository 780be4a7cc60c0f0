import { hasValue, valueLabel, valueToken } from './index';
import {
  belgianToday,
  formatDate,
  formatEventDates,
  publicationDate,
} from './dates';

describe('serialized values', () => {
  it('labels terms, references and plain values', () => {
    expect(valueLabel({ token: 'IGB', title: 'Intergroupe bruxellois' })).toBe(
      'Intergroupe bruxellois',
    );
    expect(valueLabel({ '@id': '/x', title: 'X' })).toBe('X');
    expect(valueLabel({ token: 'acte' })).toBe('acte');
    expect(valueLabel('forfait')).toBe('forfait');
    expect(valueLabel(12)).toBe('12');
    expect(valueLabel(null)).toBe('');
  });

  it('gives the token of a term or the plain value', () => {
    expect(valueToken({ token: 'left', title: 'Left' })).toBe('left');
    expect(valueToken('left')).toBe('left');
    expect(valueToken(undefined)).toBeUndefined();
  });

  it('tells empty values apart', () => {
    expect(hasValue(undefined)).toBe(false);
    expect(hasValue('')).toBe(false);
    expect(hasValue([])).toBe(false);
    expect(hasValue({ data: '' })).toBe(false);
    expect(hasValue({ data: '<p>x</p>' })).toBe(true);
    expect(hasValue(0)).toBe(true);
    expect(hasValue(['a'])).toBe(true);
  });
});

describe('dates, in Belgian time', () => {
  it('formats a date, with the time if asked', () => {
    expect(formatDate('2026-03-12T13:00:00+00:00', 'fr')).toBe('12 mars 2026');
    expect(formatDate('2026-03-12T13:00:00+00:00', 'fr', true)).toMatch(
      /12 mars 2026.*14:00/,
    );
    expect(formatDate('not a date', 'fr')).toBe('');
  });

  it('never shows Plone\'s "not published" floor date', () => {
    for (const floor of [
      '1969-12-31T00:00:00+00:00',
      '1970-01-01T00:00:00+00:00',
      'None',
      null,
      undefined,
      '',
    ]) {
      expect(formatDate(floor, 'fr')).toBe('');
    }
  });

  it('dates an item by its publication, else its creation', () => {
    const created = '2026-02-01T09:00:00+00:00';
    expect(
      publicationDate({ effective: '2026-03-12T13:00:00+00:00', created }),
    ).toBe('2026-03-12T13:00:00+00:00');
    expect(
      publicationDate({ effective: '1969-12-31T00:00:00+00:00', created }),
    ).toBe(created);
    expect(publicationDate({ effective: 'None', created })).toBe(created);
    expect(publicationDate({ effective: null })).toBe('');
  });

  it('tells today in Belgium', () => {
    // 23:30 UTC on 31 March is already 1 April in Brussels (summer time).
    expect(belgianToday(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(belgianToday(new Date('2026-12-02T12:00:00Z'))).toBe('2026-12-02');
  });

  it('formats the dates of an activity', () => {
    const sameDay = {
      start: '2026-03-12T13:00:00+00:00',
      end: '2026-03-12T15:30:00+00:00',
    };
    expect(formatEventDates(sameDay, 'fr')).toMatch(
      /^12 mars 2026.*14:00 – 16:30$/,
    );
    expect(
      formatEventDates(
        {
          start: '2026-03-12T00:00:00+01:00',
          end: '2026-03-14T23:59:00+01:00',
          whole_day: true,
        },
        'fr',
      ),
    ).toBe('12 mars 2026 – 14 mars 2026');
    expect(formatEventDates({ ...sameDay, open_end: true }, 'fr')).toMatch(
      /^12 mars 2026.*14:00$/,
    );
    expect(formatEventDates({}, 'fr')).toBe('');
  });
});
