import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import DateTime from '../Core/Listing/DateTime';
import { ItemRows } from '../Core/Listing/ItemList';
import ListingFilters from '../Core/Listing/ListingFilters';
import Page from '../Core/Listing/Page';
import PagedResults from '../Core/Listing/PagedResults';
import useFilters from '../Core/Listing/useFilters';
import useSearch from '../Core/Listing/useSearch';
import { publicationDate } from '../../helpers/dates';
import useVocabulary from '../../helpers/useVocabulary';
import sharedMessages from '../../messages';

const messages = defineMessages({
  intro: {
    id: 'Job offers, equipment, pooling, collaborations and activities proposed by the medical houses.',
    defaultMessage:
      'Job offers, equipment, pooling, collaborations and activities proposed by the medical houses.',
  },
  filters: {
    id: 'Announcement filters',
    defaultMessage: 'Announcement filters',
  },
  type: { id: 'Announcement type', defaultMessage: 'Announcement type' },
  allTypes: { id: 'All announcements', defaultMessage: 'All announcements' },
});

export const PAGE_SIZE = 20;
export const TYPES = 'fmm_extranet.AnnouncementTypes';
const FILTERS = ['SearchableText', 'announcement_type'];

/**
 * `@search` options of the announcements: newest first, by words and type
 * (`fmm_announcement_type` index).
 * @param {Object} params URL parameters.
 * @returns {Object} `@search` options.
 */
export const announcementsQuery = (params) => ({
  portal_type: ['Announcement'],
  SearchableText: params.SearchableText
    ? encodeURIComponent(params.SearchableText)
    : undefined,
  fmm_announcement_type: params.announcement_type || undefined,
  sort_on: 'Date',
  sort_order: 'descending',
  b_start: params.b_start || 0,
  b_size: PAGE_SIZE,
  metadata_fields: [
    'effective',
    'created',
    'fmm_announcement_type',
    'fmm_group_title',
  ],
});

/**
 * The announcements of the medical houses (`/annonces`, the "Annonces" menu
 * entry): their type is a filter of its own, applied at once, job offers
 * first; words apply on "Search". Each announcement shows its type, its
 * medical house and its date.
 */
const AnnouncementsPage = () => {
  const intl = useIntl();
  const { params, filters, setFilter, submit, applyFilter, start, setStart } =
    useFilters(FILTERS);
  const types = useVocabulary(TYPES);
  const results = useSearch(
    '',
    announcementsQuery(params),
    'fmm-announcements',
  );

  return (
    <Page
      id="page-announcements"
      className="fmm-announcements"
      title={intl.formatMessage(sharedMessages.announcements)}
      description={intl.formatMessage(messages.intro)}
    >
      <ListingFilters
        id="announcements"
        label={intl.formatMessage(messages.filters)}
        filters={filters}
        setFilter={setFilter}
        onSubmit={submit}
        fields={[
          {
            name: 'announcement_type',
            kind: 'radio',
            label: intl.formatMessage(messages.type),
            options: [
              { value: '', label: intl.formatMessage(messages.allTypes) },
              ...types.items,
            ],
            onChange: applyFilter('announcement_type'),
          },
          { name: 'SearchableText', kind: 'words' },
        ]}
      />
      <PagedResults
        results={results}
        start={start}
        size={PAGE_SIZE}
        onPage={setStart}
        list={ItemRows}
        listClassName="fmm-announcement-list"
      >
        {(item) => (
          <li key={item['@id']} className="fmm-item">
            <UniversalLink href={item['@id']} className="fmm-item-title">
              {item.title}
            </UniversalLink>
            <div className="fmm-item-meta">
              {item.fmm_announcement_type && (
                <span className="fmm-item-type">
                  {types.labelOf(item.fmm_announcement_type)}
                </span>
              )}
              {item.fmm_group_title && (
                <span className="fmm-item-house">{item.fmm_group_title}</span>
              )}
              <DateTime
                date={publicationDate(item)}
                className="fmm-item-date"
              />
            </div>
            {item.description && (
              <p className="fmm-item-description">{item.description}</p>
            )}
          </li>
        )}
      </PagedResults>
    </Page>
  );
};

export default AnnouncementsPage;
