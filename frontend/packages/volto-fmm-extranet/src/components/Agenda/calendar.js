/**
 * Date arithmetic of the agenda on days written `YYYY-MM-DD`, in Belgian
 * time (the browser's own time zone never matters): computed in UTC, where
 * days have no daylight saving changes.
 */
import { TIME_ZONE } from '../../helpers/dates';

export const VIEWS = ['month', 'week', 'day', 'cards'];
const DAY_MS = 24 * 60 * 60 * 1000;
/** A multi-day activity shows on at most this many days. */
const MAX_SPAN = 62;

const toDate = (day) => new Date(`${day}T00:00:00Z`);
const toDay = (date) => date.toISOString().slice(0, 10);

/** @returns {boolean} Whether `day` is a valid `YYYY-MM-DD`. */
export const isDay = (day) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day || '') && toDay(toDate(day)) === day;

const dayParts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * @param {string|Date} date ISO date and time, or a Date.
 * @returns {string} The day it falls on in Brussels.
 */
export const localDay = (date) => {
  const parts = Object.fromEntries(
    dayParts
      .formatToParts(new Date(date))
      .map(({ type, value }) => [type, value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
};

/** @returns {string} Today in Brussels. */
export const today = () => localDay(new Date());

export const addDays = (day, count) =>
  toDay(new Date(toDate(day).getTime() + count * DAY_MS));

/** First day of the month of `day`, `count` months later. */
export const addMonths = (day, count) => {
  const date = toDate(day);
  return toDay(
    new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1)),
  );
};

/** The Monday of the week of `day`. */
export const weekStart = (day) =>
  addDays(day, -((toDate(day).getUTCDay() + 6) % 7));

const monthEnd = (day) => addDays(addMonths(day, 1), -1);

/**
 * The days a view shows around `day`.
 * @returns {Object} {start, end} (both included).
 */
export const periodOf = (view, day) => {
  if (view === 'week') {
    return { start: weekStart(day), end: addDays(weekStart(day), 6) };
  }
  if (view === 'day') {
    return { start: day, end: day };
  }
  return { start: addMonths(day, 0), end: monthEnd(day) };
};

/**
 * The days to ask the agenda for: the month view also shows the days of
 * the neighbour months that complete its first and last weeks.
 */
export const rangeOf = (view, day) => {
  const period = periodOf(view, day);
  return view === 'month'
    ? { start: weekStart(period.start), end: addDays(weekStart(period.end), 6) }
    : period;
};

/** The day `count` periods of `view` before (negative) or after `day`. */
export const shiftDay = (view, day, count) => {
  if (view === 'week') {
    return addDays(day, 7 * count);
  }
  if (view === 'day') {
    return addDays(day, count);
  }
  return addMonths(day, count);
};

/** Every day from `start` to `end`, both included. */
export const daysBetween = (start, end) => {
  const days = [];
  for (let day = start; day <= end; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
};

/** The weeks (arrays of 7 days) of the month view of `day`. */
export const monthWeeks = (day) => {
  const { start, end } = rangeOf('month', day);
  const days = daysBetween(start, end);
  return Array.from({ length: days.length / 7 }, (_, index) =>
    days.slice(index * 7, index * 7 + 7),
  );
};

/**
 * The activities of each day, in the order of the agenda (by start). An
 * activity shows on every day it covers; one that ends at midnight does not
 * show on the day after.
 * @param {Array} items Occurrences of `@agenda`.
 * @returns {Object} {day: [item]}
 */
export const itemsByDay = (items) => {
  const result = {};
  items.forEach((item) => {
    const first = localDay(item.start);
    const endTime = new Date(item.end).getTime();
    const last =
      item.end && endTime > new Date(item.start).getTime()
        ? localDay(new Date(endTime - 1))
        : first;
    daysBetween(first, last)
      .slice(0, MAX_SPAN)
      .forEach((day) => {
        result[day] = [...(result[day] || []), item];
      });
  });
  return result;
};

/**
 * @param {string} day `YYYY-MM-DD`.
 * @param {string} locale e.g. `fr`.
 * @param {Object} options Intl.DateTimeFormat options.
 */
export const formatDay = (day, locale, options) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(
    toDate(day),
  );

/** @returns {string} e.g. `14:00`, in Brussels. */
export const formatTime = (date, locale) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(date));

/** Names of the days of the week, from Monday (`format`: long, short). */
export const weekdayNames = (locale, format) =>
  daysBetween('2024-01-01', '2024-01-07').map((day) =>
    formatDay(day, locale, { weekday: format }),
  );
