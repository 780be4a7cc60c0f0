/**
 * The agenda's displays of the activities of a period: a month grid, a list
 * of days (week, day) and cards.
 */
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import Card, { CardList } from '../Core/Listing/Card';
import AgendaEvent, { EventDetails, itemShape } from './AgendaEvent';
import { formatDay, monthWeeks, weekdayNames } from './calendar';

const messages = defineMessages({
  noActivity: { id: 'No activity', defaultMessage: 'No activity' },
});

const FULL_DATE = { weekday: 'long', day: 'numeric', month: 'long' };

const dayClass = (base, day, today, items) =>
  [base, day === today && 'today', items && 'busy'].filter(Boolean).join(' ');

const Events = ({ items, day, detailed }) => (
  <ul className="fmm-events">
    {items.map((item) => (
      <li key={`${item['@id']}-${item.start}`}>
        <AgendaEvent item={item} day={day} detailed={detailed} />
      </li>
    ))}
  </ul>
);

Events.propTypes = {
  items: PropTypes.arrayOf(itemShape).isRequired,
  day: PropTypes.string.isRequired,
  detailed: PropTypes.bool,
};

Events.defaultProps = { detailed: false };

/**
 * The month of `day` as a table of weeks; on phones, a list of the days
 * that have activities.
 */
export const MonthGrid = ({ day, byDay, today, caption }) => {
  const { locale } = useIntl();
  const month = day.slice(0, 7);
  const long = weekdayNames(locale, 'long');
  const short = weekdayNames(locale, 'short');
  return (
    <table className="fmm-month">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {short.map((name, index) => (
            <th key={name} scope="col">
              <abbr title={long[index]}>{name}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(day).map((week) => (
          <tr key={week[0]}>
            {week.map((date) => (
              <td
                key={date}
                className={dayClass(
                  date.slice(0, 7) === month
                    ? 'fmm-day'
                    : 'fmm-day other-month',
                  date,
                  today,
                  byDay[date],
                )}
                aria-current={date === today ? 'date' : undefined}
              >
                <span className="fmm-day-number" aria-hidden="true">
                  {Number(date.slice(8))}
                </span>
                <span className="fmm-day-label">
                  {formatDay(date, locale, FULL_DATE)}
                </span>
                {byDay[date] && <Events items={byDay[date]} day={date} />}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

MonthGrid.propTypes = {
  day: PropTypes.string.isRequired,
  byDay: PropTypes.objectOf(PropTypes.arrayOf(itemShape)).isRequired,
  today: PropTypes.string.isRequired,
  caption: PropTypes.string.isRequired,
};

/** The days of a week (side by side on large screens) or a single day. */
export const DayList = ({ days, byDay, today }) => {
  const intl = useIntl();
  return (
    <ol className={`fmm-days fmm-days-${days.length}`}>
      {days.map((date) => (
        <li
          key={date}
          className={dayClass('fmm-day', date, today, byDay[date])}
          aria-current={date === today ? 'date' : undefined}
        >
          <h3>{formatDay(date, intl.locale, FULL_DATE)}</h3>
          {byDay[date] ? (
            <Events items={byDay[date]} day={date} detailed />
          ) : (
            <p className="fmm-no-activity">
              {intl.formatMessage(messages.noActivity)}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
};

DayList.propTypes = {
  days: PropTypes.arrayOf(PropTypes.string).isRequired,
  byDay: PropTypes.objectOf(PropTypes.arrayOf(itemShape)).isRequired,
  today: PropTypes.string.isRequired,
};

/** One card per occurrence, by start. */
export const AgendaCards = ({ items }) => (
  <CardList className="fmm-agenda-cards">
    {items.map((item) => (
      <Card
        key={`${item['@id']}-${item.start}`}
        href={flattenToAppURL(item['@id'])}
        title={item.title}
        headingLevel={3}
        meta={<EventDetails item={item} />}
        description={item.description || null}
      />
    ))}
  </CardList>
);

AgendaCards.propTypes = {
  items: PropTypes.arrayOf(itemShape).isRequired,
};
