import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Redirect } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import ListingSection from '../../Core/Listing/ListingSection';
import {
  latestQuery,
  upcomingActivitiesQuery,
} from '../../Core/Listing/queries';
import { useIsAuthenticated } from '../../../helpers';
import sharedMessages from '../../../messages';
import { hotNewsQuery } from './hotNews';
import MyNextRegistrations from './MyNextRegistrations';

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
 * Home page: hot news of the movement (« à la une », until their day), the
 * worker's next registrations, next activities and the latest announcements
 * of the medical houses. Anonymous visitors go to the login.
 */
const HomePage = () => {
  const intl = useIntl();
  const authenticated = useIsAuthenticated();
  // Fixed for the life of the page: the same searches, not new ones at
  // each render.
  const [activitiesQuery] = useState(() => upcomingActivitiesQuery());
  const [newsQuery] = useState(() => hotNewsQuery());

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
          query={newsQuery}
          dateField="effective"
          moreLink="/actualites"
        />
        <MyNextRegistrations />
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
          moreLink="/annonces"
        />
      </div>
    </Container>
  );
};

export default HomePage;
