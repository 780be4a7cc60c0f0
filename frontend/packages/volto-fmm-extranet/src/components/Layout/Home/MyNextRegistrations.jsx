import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import ItemList from '../../Core/Listing/ItemList';
import RequestStatus from '../../Core/Listing/RequestStatus';
import useService from '../../Core/Listing/useService';
import sharedMessages from '../../../messages';

const messages = defineMessages({
  title: {
    id: 'My next registrations',
    defaultMessage: 'My next registrations',
  },
  none: {
    id: 'No upcoming registration.',
    defaultMessage: 'No upcoming registration.',
  },
  agenda: { id: 'See the agenda', defaultMessage: 'See the agenda' },
});

/** How many of the worker's next activities the home shows. */
export const SHOWN = 5;

/**
 * "Mes prochaines inscriptions": the activities the worker is registered
 * for (or waiting for) that have not ended, soonest first, from
 * `@my-registrations`.
 */
const MyNextRegistrations = () => {
  const intl = useIntl();
  const { data, loaded, loading, error } = useService(
    'home-registrations',
    '/@my-registrations',
  );
  const activities = (data?.upcoming || [])
    .filter((registration) => registration.state !== 'cancelled')
    .slice(0, SHOWN)
    .map((registration) => registration.activity);
  const title = intl.formatMessage(messages.title);

  return (
    <section
      className="fmm-listing-section home-registrations"
      aria-labelledby="home-registrations-heading"
    >
      <h2 id="home-registrations-heading">{title}</h2>
      <RequestStatus loading={loading} error={error} />
      {loaded && activities.length === 0 && (
        <p className="fmm-empty">
          {intl.formatMessage(messages.none)}{' '}
          <Link to="/agenda">{intl.formatMessage(messages.agenda)}</Link>
        </p>
      )}
      {activities.length > 0 && (
        <>
          <ItemList items={activities} eventDates />
          <Link to="/mes-inscriptions" className="fmm-more-link">
            {intl.formatMessage(sharedMessages.seeAll)}
            <span className="visually-hidden"> : {title}</span>
          </Link>
        </>
      )}
    </section>
  );
};

export default MyNextRegistrations;
