import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import folderSVG from '@plone/volto/icons/folder.svg';
import ListingSection from '../Core/Listing/ListingSection';
import {
  latestQuery,
  searchLink,
  upcomingActivitiesQuery,
} from '../Core/Listing/queries';
import ContentBody from '../Core/Views/ContentBody';
import PeopleList from '../Core/Views/PeopleList';
import ViewLayout from '../Core/Views/ViewLayout';
import { hasValue, valueLabel } from '../../helpers';
import { toQueryString } from '../../helpers/queryString';
import sharedMessages from '../../messages';

const messages = defineMessages({
  Intergroup: { id: 'Intergroup', defaultMessage: 'Intergroup' },
  SectoralGroup: { id: 'Sectoral group', defaultMessage: 'Sectoral group' },
  WorkingGroup: { id: 'Working group', defaultMessage: 'Working group' },
  Thematic: { id: 'Thematic area', defaultMessage: 'Thematic area' },
  confidential: {
    id: 'Confidential space: its contents are only listed to its members.',
    defaultMessage:
      'Confidential space: its contents are only listed to its members.',
  },
  folders: { id: 'Folders', defaultMessage: 'Folders' },
});

const FOLDER_TYPES = ['Folder', 'SectoralGroup'];

/**
 * Page of a group space (intergroup, sectoral group, working group, thematic
 * area): description, coordinators, latest news, next activities, latest
 * documents and sub-folders.
 */
const GroupSpaceView = ({ content }) => {
  const intl = useIntl();
  const path = flattenToAppURL(content['@id']);
  const [activitiesQuery] = useState(() => upcomingActivitiesQuery());
  const typeLabel = messages[content['@type']]
    ? intl.formatMessage(messages[content['@type']])
    : content['@type'];
  const qualifier = valueLabel(content.code) || valueLabel(content.profession);
  const folders = (content.items || []).filter((item) =>
    FOLDER_TYPES.includes(item['@type']),
  );
  const more = (portalType) =>
    searchLink({ group: path, portal_type: portalType });

  return (
    <ViewLayout
      content={content}
      className="fmm-group-space"
      kicker={qualifier ? `${typeLabel} · ${qualifier}` : typeLabel}
    >
      {content.confidential && (
        <p className="fmm-notice">
          {intl.formatMessage(messages.confidential)}
        </p>
      )}
      <ContentBody content={content} />
      {hasValue(content.coordinators) && (
        <section
          className="fmm-coordinators"
          aria-labelledby="coordinators-heading"
        >
          <h2 id="coordinators-heading">
            {intl.formatMessage(sharedMessages.coordinators)}
          </h2>
          <PeopleList people={content.coordinators} />
        </section>
      )}
      <div className="fmm-sections">
        <ListingSection
          id="group-news"
          title={intl.formatMessage(sharedMessages.latestNews)}
          path={path}
          query={latestQuery(['News Item'])}
          dateField="effective"
          moreLink={more('News Item')}
        />
        <ListingSection
          id="group-activities"
          title={intl.formatMessage(sharedMessages.nextActivities)}
          path={path}
          query={activitiesQuery}
          eventDates
          moreLink={more('Activity')}
        />
        <ListingSection
          id="group-documents"
          title={intl.formatMessage(sharedMessages.documents)}
          path={path}
          query={latestQuery(['File'])}
          dateField="effective"
          moreLink={`/documents${toQueryString({ group: path })}`}
        />
      </div>
      {folders.length > 0 && (
        <nav className="fmm-folders" aria-labelledby="folders-heading">
          <h2 id="folders-heading">{intl.formatMessage(messages.folders)}</h2>
          <ul>
            {folders.map((folder) => (
              <li key={folder['@id']}>
                <Link to={flattenToAppURL(folder['@id'])}>
                  <Icon name={folderSVG} size="20px" ariaHidden />
                  {folder.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </ViewLayout>
  );
};

GroupSpaceView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    '@type': PropTypes.string.isRequired,
    title: PropTypes.string,
    description: PropTypes.string,
    code: PropTypes.oneOfType([PropTypes.string, PropTypes.object]),
    confidential: PropTypes.bool,
    coordinators: PropTypes.array,
    items: PropTypes.array,
  }).isRequired,
};

export default GroupSpaceView;
