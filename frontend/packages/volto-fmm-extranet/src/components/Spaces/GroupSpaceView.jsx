import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import folderSVG from '@plone/volto/icons/folder.svg';
import ItemList from '../Core/Listing/ItemList';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import ContentBody from '../Core/Views/ContentBody';
import PeopleList from '../Core/Views/PeopleList';
import ViewLayout from '../Core/Views/ViewLayout';
import { hasValue, valueLabel } from '../../helpers';
import { toQueryString } from '../../helpers/queryString';
import sharedMessages from '../../messages';
import ContactCoordinators from '../Helpdesk/ContactCoordinators';
import GroupDocuments from './GroupDocuments';
import useSeen from './useSeen';
import './Spaces.less';
import './WhatsNew.less';

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
  tools: { id: 'Tools', defaultMessage: 'Tools' },
  localGroups: { id: 'Local groups', defaultMessage: 'Local groups' },
  groups: { id: 'Groups', defaultMessage: 'Groups' },
  documentsCount: {
    id: '{count, plural, one {# document} other {# documents}}, locked ones included',
    defaultMessage:
      '{count, plural, one {# document} other {# documents}}, locked ones included',
  },
});

const FOLDER_TYPES = ['Folder'];
const EMPTY = { items: [], items_total: 0 };

/** A titled section of the page; "Nothing yet." when it lists nothing. */
const Section = ({ id, title, empty, moreLink, children }) => {
  const intl = useIntl();
  return (
    <section
      className={`fmm-listing-section ${id}`}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      {empty ? (
        <p className="fmm-empty">
          {intl.formatMessage(sharedMessages.nothingYet)}
        </p>
      ) : (
        children
      )}
      {moreLink && !empty && (
        <Link to={moreLink} className="fmm-more-link">
          {intl.formatMessage(sharedMessages.seeAll)}
          <span className="visually-hidden"> : {title}</span>
        </Link>
      )}
    </section>
  );
};

Section.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  empty: PropTypes.bool.isRequired,
  moreLink: PropTypes.string,
  children: PropTypes.node,
};

Section.defaultProps = { moreLink: null, children: null };

/**
 * Page of a group space (intergroup, sectoral group, working group, thematic
 * area), open to every active worker (SPEC rule 7): description,
 * coordinators, its news and next activities (stored inside, organised by or
 * tagged with it), its documents and pages listed with a lock where the
 * reader may not open them, a thematic area's tools, the local groups it
 * leads to and its folders. The lists come from the space's
 * `@group-overview`; the news, activities and documents published since the
 * worker's previous visit are marked "New" (see useSeen).
 */
const GroupSpaceView = ({ content }) => {
  const intl = useIntl();
  const path = flattenToAppURL(content['@id']);
  const { data, loading, loaded, error } = useService(
    'group-overview',
    `${path}/@group-overview`,
  );
  const isNew = useSeen(path);
  const overview = data || {};
  const typeLabel = messages[content['@type']]
    ? intl.formatMessage(messages[content['@type']])
    : content['@type'];
  const qualifier = valueLabel(content.code) || valueLabel(content.profession);
  const folders = (content.items || []).filter((item) =>
    FOLDER_TYPES.includes(item['@type']),
  );
  const coordinators = overview.coordinators || content.coordinators || [];
  const documents = overview.documents || EMPTY;
  const subgroups = overview.subgroups || [];
  const isThematic = content['@type'] === 'Thematic';
  const byGroup = (key) => toQueryString({ [key]: content.UID });

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
      {hasValue(coordinators) && (
        <section
          className="fmm-coordinators"
          aria-labelledby="coordinators-heading"
        >
          <h2 id="coordinators-heading">
            {intl.formatMessage(sharedMessages.coordinators)}
          </h2>
          <PeopleList people={coordinators} />
          <ContactCoordinators spacePath={path} />
        </section>
      )}
      <RequestStatus loading={loading} error={error} />
      {loaded && data && (
        <>
          <div className="fmm-sections">
            <Section
              id="group-news"
              title={intl.formatMessage(sharedMessages.latestNews)}
              empty={overview.news.length === 0}
              moreLink={`/actualites${byGroup('group')}`}
            >
              <ItemList items={overview.news} dateField="date" isNew={isNew} />
            </Section>
            <Section
              id="group-activities"
              title={intl.formatMessage(sharedMessages.nextActivities)}
              empty={overview.activities.length === 0}
              moreLink={`/agenda${byGroup('organiser')}`}
            >
              <ItemList items={overview.activities} eventDates isNew={isNew} />
            </Section>
            <Section
              id="group-documents"
              title={intl.formatMessage(sharedMessages.documents)}
              empty={documents.items.length === 0}
              moreLink={`/documents${byGroup('group')}`}
            >
              <p className="fmm-count">
                {intl.formatMessage(messages.documentsCount, {
                  count: documents.items_total,
                })}
              </p>
              <GroupDocuments
                items={documents.items}
                spacePath={path}
                isNew={isNew}
              />
            </Section>
            {isThematic && (
              <Section
                id="group-tools"
                title={intl.formatMessage(messages.tools)}
                empty={overview.tools.length === 0}
              >
                <ItemList items={overview.tools} />
              </Section>
            )}
          </div>
          {subgroups.length > 0 && (
            <nav className="fmm-subgroups" aria-labelledby="subgroups-heading">
              <h2 id="subgroups-heading">
                {intl.formatMessage(
                  content['@type'] === 'WorkingGroup' ||
                    content['@type'] === 'Thematic'
                    ? messages.groups
                    : messages.localGroups,
                )}
              </h2>
              <ul>
                {subgroups.map((group) => (
                  <li key={group.UID}>
                    <UniversalLink href={group['@id']}>
                      {group.title}
                    </UniversalLink>
                    {group.intergroup && (
                      <span className="fmm-item-meta">
                        {' '}
                        · {group.intergroup.title}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </>
      )}
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
    UID: PropTypes.string,
    title: PropTypes.string,
    description: PropTypes.string,
    code: PropTypes.oneOfType([PropTypes.string, PropTypes.object]),
    confidential: PropTypes.bool,
    coordinators: PropTypes.array,
    items: PropTypes.array,
  }).isRequired,
};

export default GroupSpaceView;
