import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import ProfileLayout from '../People/ProfileLayout';
import { formatEventDates } from '../../helpers/dates';

const messages = defineMessages({
  intro: {
    id: 'The activities you registered for, and those you took part in.',
    defaultMessage:
      'The activities you registered for, and those you took part in.',
  },
  upcoming: { id: 'Upcoming', defaultMessage: 'Upcoming' },
  past: { id: 'Past', defaultMessage: 'Past' },
  none: { id: 'No registration.', defaultMessage: 'No registration.' },
  confirmed: { id: 'Registered', defaultMessage: 'Registered' },
  waiting: { id: 'On the waiting list', defaultMessage: 'On the waiting list' },
  cancelled: { id: 'Cancelled', defaultMessage: 'Cancelled' },
  attended: { id: 'Present', defaultMessage: 'Present' },
  absent: { id: 'Absent', defaultMessage: 'Absent' },
  agenda: { id: 'See the agenda', defaultMessage: 'See the agenda' },
});

/** Labels of the registration states (fmm_extranet.registrations). */
export const STATES = ['confirmed', 'waiting', 'cancelled'];

const Registration = ({ item, past }) => {
  const intl = useIntl();
  const { activity } = item;
  const attendance =
    past && item.state === 'confirmed' && typeof item.attended === 'boolean'
      ? intl.formatMessage(item.attended ? messages.attended : messages.absent)
      : null;
  return (
    <li className={`fmm-registration fmm-registration-${item.state}`}>
      <h3>
        <Link to={flattenToAppURL(activity['@id'])}>{activity.title}</Link>
      </h3>
      <p className="fmm-registration-meta">
        <time dateTime={activity.start}>
          {formatEventDates(activity, intl.locale)}
        </time>
        {activity.location && <span>{activity.location}</span>}
        <span className="fmm-registration-state">
          {STATES.includes(item.state)
            ? intl.formatMessage(messages[item.state])
            : item.state}
        </span>
        {attendance && <span>{attendance}</span>}
      </p>
    </li>
  );
};

Registration.propTypes = {
  item: PropTypes.shape({
    state: PropTypes.string,
    attended: PropTypes.bool,
    activity: PropTypes.shape({
      '@id': PropTypes.string.isRequired,
      title: PropTypes.string,
      start: PropTypes.string,
      end: PropTypes.string,
      location: PropTypes.string,
    }).isRequired,
  }).isRequired,
  past: PropTypes.bool.isRequired,
};

/**
 * "Mes inscriptions" (`/mes-inscriptions`): the registrations of
 * `@my-registrations`, upcoming then past, with their state and, once
 * over, whether the worker was there.
 */
const RegistrationsPage = () => {
  const intl = useIntl();
  const registrations = useService('my-registrations', '/@my-registrations');
  return (
    <ProfileLayout
      section="registrations"
      description={intl.formatMessage(messages.intro)}
    >
      <RequestStatus
        loading={registrations.loading}
        error={registrations.error}
      />
      {registrations.loaded &&
        ['upcoming', 'past'].map((period) => {
          const items = registrations.data?.[period] || [];
          return (
            <section key={period} aria-labelledby={`registrations-${period}`}>
              <h2 id={`registrations-${period}`}>
                {intl.formatMessage(messages[period])}
              </h2>
              {items.length > 0 ? (
                <ul className="fmm-registrations">
                  {items.map((item) => (
                    <Registration
                      key={`${item.activity['@id']}`}
                      item={item}
                      past={period === 'past'}
                    />
                  ))}
                </ul>
              ) : (
                <p>
                  {intl.formatMessage(messages.none)}{' '}
                  {period === 'upcoming' && (
                    <Link to="/agenda">
                      {intl.formatMessage(messages.agenda)}
                    </Link>
                  )}
                </p>
              )}
            </section>
          );
        })}
    </ProfileLayout>
  );
};

export default withLogin(RegistrationsPage);
