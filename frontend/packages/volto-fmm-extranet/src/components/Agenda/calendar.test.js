import {
  addMonths,
  isDay,
  itemsByDay,
  localDay,
  monthWeeks,
  rangeOf,
  shiftDay,
  weekdayNames,
} from './calendar';

describe('calendar days, in Belgian time', () => {
  it('reads the day an instant falls on in Brussels', () => {
    expect(localDay('2030-03-30T23:30:00+00:00')).toBe('2030-03-31');
    expect(localDay('2030-10-27T22:30:00+00:00')).toBe('2030-10-27');
    expect(localDay('2030-03-21T19:00:00+01:00')).toBe('2030-03-21');
  });

  it('checks days', () => {
    expect(isDay('2030-02-28')).toBe(true);
    expect(isDay('2030-02-30')).toBe(false);
    expect(isDay('demain')).toBe(false);
    expect(isDay(undefined)).toBe(false);
  });

  it('covers whole weeks from Monday in the month view', () => {
    expect(rangeOf('month', '2030-03-15')).toEqual({
      start: '2030-02-25',
      end: '2030-03-31',
    });
    expect(rangeOf('month', '2030-09-15')).toEqual({
      start: '2030-08-26',
      end: '2030-10-06',
    });
    const weeks = monthWeeks('2030-09-15');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(rangeOf('week', '2030-03-31')).toEqual({
      start: '2030-03-25',
      end: '2030-03-31',
    });
    expect(rangeOf('day', '2030-03-31')).toEqual({
      start: '2030-03-31',
      end: '2030-03-31',
    });
    expect(rangeOf('cards', '2030-02-10')).toEqual({
      start: '2030-02-01',
      end: '2030-02-28',
    });
  });

  it('moves by month, week or day across the year and DST', () => {
    expect(shiftDay('month', '2030-01-31', 1)).toBe('2030-02-01');
    expect(shiftDay('month', '2030-01-15', -1)).toBe('2029-12-01');
    expect(addMonths('2030-12-05', 1)).toBe('2031-01-01');
    expect(shiftDay('week', '2030-03-28', 1)).toBe('2030-04-04');
    expect(shiftDay('day', '2030-03-31', -1)).toBe('2030-03-30');
  });

  it('puts each activity on the days it covers', () => {
    const meeting = {
      '@id': 'a',
      start: '2030-03-21T19:00:00+01:00',
      end: '2030-03-21T21:00:00+01:00',
    };
    const congress = {
      '@id': 'b',
      start: '2030-03-30T09:00:00+01:00',
      end: '2030-04-01T00:00:00+02:00',
    };
    const byDay = itemsByDay([meeting, congress]);
    expect(Object.keys(byDay).sort()).toEqual([
      '2030-03-21',
      '2030-03-30',
      '2030-03-31',
    ]);
    expect(byDay['2030-03-21']).toEqual([meeting]);
  });

  it('names the days of the week from Monday', () => {
    expect(weekdayNames('fr', 'long')[0]).toBe('lundi');
    expect(weekdayNames('en', 'short')[6]).toBe('Sun');
  });
});
