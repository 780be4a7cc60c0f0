import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { formatEventDates } from '../../helpers/dates';
import { formatTime, localDay } from './calendar';

const messages = defineMessages({
  organisedBy: {
    id: 'Organised by {group}',
    defaultMessage: 'Organised by {group}',
  },
  placesLeft: {
    id: '{count, plural, =0 {Full} one {# place left} other {# places left}}',
    defaultMessage:
      '{count, plural, =0 {Full} one {# place left} other {# places left}}',
  },
  registration: {
    id: 'Registration open',
    defaultMessage: 'Registration open',
  },
  recurring: { id: 'Recurring', defaultMessage: 'Recurring' },
  cancelled: {
    id: 'This session is cancelled.',
    defaultMessage: 'This session is cancelled.',
  },
});

export const itemShape = PropTypes.shape({
  '@id': PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  start: PropTypes.string.isRequired,
  end: PropTypes.string,
  whole_day: PropTypes.bool,
  location: PropTypes.string,
  activity_type: PropTypes.shape({
    token: PropTypes.string,
    title: PropTypes.string,
  }),
  organiser: PropTypes.shape({ title: PropTypes.string }),
  registration_enabled: PropTypes.bool,
  remaining_places: PropTypes.number,
  session_cancelled: PropTypes.bool,
});

const typeClass = (item) => `fmm-type-${item.activity_type?.token || 'other'}`;

/**
 * What to know of an activity at a glance: its dates (in full), type,
 * organiser, place, and whether one may still register.
 */
export const EventDetails = ({ item }) => {
  const intl = useIntl();
  const details = [
    item.activity_type?.title && (
      <span key="type" className={`fmm-event-type ${typeClass(item)}`}>
        {item.activity_type.title}
      </span>
    ),
    item.organiser?.title &&
      intl.formatMessage(messages.organisedBy, { group: item.organiser.title }),
    item.location,
    item.recurring && intl.formatMessage(messages.recurring),
    item.session_cancelled && (
      <strong key="cancelled" className="fmm-event-cancelled">
        {intl.formatMessage(messages.cancelled)}
      </strong>
    ),
    !item.session_cancelled &&
      item.registration_enabled &&
      (item.remaining_places === null || item.remaining_places === undefined
        ? intl.formatMessage(messages.registration)
        : intl.formatMessage(messages.placesLeft, {
            count: item.remaining_places,
          })),
  ].filter(Boolean);
  return (
    <>
      <time dateTime={item.start}>{formatEventDates(item, intl.locale)}</time>
      {details.map((detail, index) => (
        <span key={index}>{detail}</span>
      ))}
    </>
  );
};

EventDetails.propTypes = { item: itemShape.isRequired };

/**
 * One activity on one day of the calendar: its starting time (when it
 * starts that day and is not a whole-day one) and its title, linking to it;
 * `detailed` adds its details below.
 */
const AgendaEvent = ({ item, day, detailed }) => {
  const { locale } = useIntl();
  const time =
    !item.whole_day && localDay(item.start) === day
      ? formatTime(item.start, locale)
      : null;
  return (
    <div className={`fmm-event ${typeClass(item)}`}>
      <Link to={flattenToAppURL(item['@id'])}>
        {time && <span className="fmm-event-time">{time}</span>}{' '}
        <span className="fmm-event-title">{item.title}</span>
      </Link>
      {detailed && (
        <div className="fmm-event-details">
          <EventDetails item={item} />
        </div>
      )}
    </div>
  );
};

AgendaEvent.propTypes = {
  item: itemShape.isRequired,
  day: PropTypes.string.isRequired,
  detailed: PropTypes.bool,
};

AgendaEvent.defaultProps = {
  detailed: false,
};

export default AgendaEvent;
