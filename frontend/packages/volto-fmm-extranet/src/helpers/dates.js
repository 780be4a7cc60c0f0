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

const isValid = (date) => Boolean(date) && !isNaN(new Date(date));

const sameDay = (a, b, locale) =>
  format(a, locale, DATE) === format(b, locale, DATE);

/**
 * @param {string} date ISO date.
 * @param {string} locale e.g. `fr`.
 * @param {boolean} includeTime Whether to add the time.
 * @returns {string} "12 mars 2026" or "12 mars 2026, 14:00"; '' if invalid.
 */
export const formatDate = (date, locale, includeTime = false) =>
  isValid(date)
    ? format(date, locale, includeTime ? { ...DATE, ...TIME } : DATE)
    : '';

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
