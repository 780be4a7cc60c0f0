import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Redirect } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import ListingSection from '../../Core/Listing/ListingSection';
import {
  latestQuery,
  searchLink,
  upcomingActivitiesQuery,
} from '../../Core/Listing/queries';
import { useIsAuthenticated } from '../../../helpers';
import sharedMessages from '../../../messages';

const messages = defineMessages({
  title: {
    id: 'Extranet of the medical houses',
    defaultMessage: 'Extranet of the medical houses',
  },
  hotNews: { id: 'Hot news', defaultMessage: 'Hot news' },
  latestAnnouncements: {
    id: 'Latest announcements',
    defaultMessage: 'Latest announcements',
  },
});

/**
 * Home page: hot news of the movement, next activities and the latest
 * announcements of the medical houses. Anonymous visitors go to the login.
 */
const HomePage = () => {
  const intl = useIntl();
  const authenticated = useIsAuthenticated();
  const [activitiesQuery] = useState(() => upcomingActivitiesQuery());

  if (!authenticated) {
    return <Redirect to="/login" />;
  }
  const title = intl.formatMessage(messages.title);
  return (
    <Container id="page-home" className="fmm-home">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      <div className="fmm-sections">
        <ListingSection
          id="home-news"
          title={intl.formatMessage(messages.hotNews)}
          query={latestQuery(['News Item'], 4)}
          dateField="effective"
          moreLink="/actualites"
        />
        <ListingSection
          id="home-activities"
          title={intl.formatMessage(sharedMessages.nextActivities)}
          query={activitiesQuery}
          eventDates
          moreLink="/agenda"
        />
        <ListingSection
          id="home-announcements"
          title={intl.formatMessage(messages.latestAnnouncements)}
          query={latestQuery(['Announcement'], 5)}
          dateField="effective"
          moreLink={searchLink({ portal_type: 'Announcement', sort: 'date' })}
        />
      </div>
    </Container>
  );
};

export default HomePage;
