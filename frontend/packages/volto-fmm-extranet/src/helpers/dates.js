/**
 * Date formatting of the extranet: always in Belgian time, so that the
 * server-side rendering and the browser agree.
 */
export const TIME_ZONE = 'Europe/Brussels';

const DATE = { day: 'numeric', month: 'long', year: 'numeric' };
const TIME = { hour: '2-digit', minute: '2-digit' };

const format = (date, locale, options) =>
  new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options }).format(
    new Date(date),
  );

/**
 * Plone's "never published" `effective` is its floor date (31 December 1969
 * or 1 January 1970 by time zone): no real date of the extranet is that old.
 */
const FLOOR_YEAR = 1970;

const isValid = (date) =>
  Boolean(date) &&
  date !== 'None' &&
  !isNaN(new Date(date)) &&
  new Date(date).getUTCFullYear() > FLOOR_YEAR;

const sameDay = (a, b, locale) =>
  format(a, locale, DATE) === format(b, locale, DATE);

/**
 * @param {string} date ISO date.
 * @param {string} locale e.g. `fr`.
 * @param {boolean} includeTime Whether to add the time.
 * @returns {string} "12 mars 2026" or "12 mars 2026, 14:00"; '' if invalid,
 *   empty or Plone's floor date (never "31 décembre 1969").
 */
export const formatDate = (date, locale, includeTime = false) =>
  isValid(date)
    ? format(date, locale, includeTime ? { ...DATE, ...TIME } : DATE)
    : '';

/**
 * The date a listing shows for an item: its publication date, else its
 * creation date; '' when it has neither.
 * @param {Object} item A summary with `effective` and/or `created`.
 */
export const publicationDate = ({ effective, created }) =>
  [effective, created].find(isValid) || '';

/**
 * Today in Belgium, as the catalog's dates take it.
 * @param {Date} now Reference time.
 * @returns {string} e.g. "2026-03-12".
 */
export const belgianToday = (now = new Date()) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(now)
      .map(({ type, value }) => [type, value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/**
 * Dates of an event-like item (plone.app.event fields).
 * @returns {string} e.g. "12 mars 2026, 14:00 – 16:00",
 *   "12 mars 2026 – 14 mars 2026" (whole days), "12 mars 2026, 14:00" (open end).
 */
export const formatEventDates = (
  { start, end, whole_day: wholeDay, open_end: openEnd },
  locale,
) => {
  if (!isValid(start)) {
    return '';
  }
  const first = formatDate(start, locale, !wholeDay);
  if (openEnd || !isValid(end)) {
    return first;
  }
  if (sameDay(start, end, locale)) {
    return wholeDay ? first : `${first} – ${format(end, locale, TIME)}`;
  }
  return `${first} – ${formatDate(end, locale, !wholeDay)}`;
};
