import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Button, Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import GroupSelect from '../Listing/GroupSelect';
import ItemList from '../Listing/ItemList';
import Pager from '../Listing/Pager';
import RequestStatus from '../Listing/RequestStatus';
import useQueryParams from '../Listing/useQueryParams';
import useSearch from '../Listing/useSearch';
import useVocabulary from '../../helpers/useVocabulary';
import sharedMessages from '../../messages';

const messages = defineMessages({
  title: { id: 'Search the extranet', defaultMessage: 'Search the extranet' },
  words: { id: 'Words', defaultMessage: 'Words' },
  type: { id: 'Type of content', defaultMessage: 'Type of content' },
  allTypes: { id: 'All types', defaultMessage: 'All types' },
  author: {
    id: 'Published by (user id)',
    defaultMessage: 'Published by (user id)',
  },
  allCategories: { id: 'All categories', defaultMessage: 'All categories' },
  sort: { id: 'Sort by', defaultMessage: 'Sort by' },
  relevance: { id: 'Relevance', defaultMessage: 'Relevance' },
  date: { id: 'Publication date', defaultMessage: 'Publication date' },
  filters: { id: 'Search filters', defaultMessage: 'Search filters' },
  'News Item': { id: 'News item', defaultMessage: 'News item' },
  Activity: { id: 'Activity', defaultMessage: 'Activity' },
  Announcement: { id: 'Announcement', defaultMessage: 'Announcement' },
  File: { id: 'Document', defaultMessage: 'Document' },
  Formation: { id: 'Training', defaultMessage: 'Training' },
  Tool: { id: 'Tool', defaultMessage: 'Tool' },
  'Formation,Tool': {
    id: 'Trainings and tools',
    defaultMessage: 'Trainings and tools',
  },
  SynthesisPage: { id: 'Synthesis page', defaultMessage: 'Synthesis page' },
  Document: { id: 'Page', defaultMessage: 'Page' },
  MedicalHouse: { id: 'Medical house', defaultMessage: 'Medical house' },
  Worker: { id: 'Worker', defaultMessage: 'Worker' },
});

/** Content types offered as a filter ("a,b" stands for several types). */
export const TYPE_OPTIONS = [
  'News Item',
  'Activity',
  'Announcement',
  'File',
  'Formation',
  'Tool',
  'Formation,Tool',
  'SynthesisPage',
  'Document',
  'MedicalHouse',
  'Worker',
];

export const PAGE_SIZE = 20;

const FILTERS = [
  'SearchableText',
  'portal_type',
  'group',
  'Creator',
  'dequap_category',
  'sort',
];

/** Form state from the URL parameters. */
const filtersFromParams = (params) => ({
  ...Object.fromEntries(FILTERS.map((key) => [key, params[key] || ''])),
  portal_type: [].concat(params.portal_type || []).join(','),
});

/**
 * Catalog query of the search page. Sorted by relevance when words are
 * given (unless asked otherwise), by publication date otherwise.
 * @param {Object} params URL parameters.
 * @returns {Object} `@search` options.
 */
export const searchQuery = (params) => {
  const types = []
    .concat(params.portal_type || [])
    .flatMap((value) => value.split(','))
    .filter(Boolean);
  const byDate = params.sort === 'date' || !params.SearchableText;
  return {
    SearchableText: params.SearchableText
      ? encodeURIComponent(params.SearchableText)
      : undefined,
    portal_type: types.length ? types : undefined,
    path: params.group || undefined,
    Creator: params.Creator || undefined,
    fmm_dequap: params.dequap_category || undefined,
    sort_on: byDate ? 'effective' : undefined,
    sort_order: byDate ? 'descending' : undefined,
    b_start: params.b_start || 0,
    b_size: PAGE_SIZE,
    metadata_fields: ['effective'],
  };
};

/**
 * Search page (the magnifier): full text, including inside attached files,
 * filtered by type, group, author and DEQuaP category, sorted by relevance or
 * date; filters live in the URL.
 */
const SearchPage = () => {
  const intl = useIntl();
  const [params, setParams] = useQueryParams();
  const [filters, setFilters] = useState(() => filtersFromParams(params));
  const categories = useVocabulary('fmm_extranet.DequapCategories');
  const results = useSearch('', searchQuery(params), 'fmm-search');

  useEffect(() => setFilters(filtersFromParams(params)), [params]);

  const update = (key) => (event) =>
    setFilters({ ...filters, [key]: event.target.value });
  const onSubmit = (event) => {
    event.preventDefault();
    setParams({ ...filters, portal_type: filters.portal_type.split(',') });
  };
  const typeLabel = (value) =>
    messages[value] ? intl.formatMessage(messages[value]) : value;
  const title = intl.formatMessage(messages.title);

  return (
    <Container id="page-search" className="fmm-search">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      <form
        className="ui form fmm-filters"
        role="search"
        aria-label={intl.formatMessage(messages.filters)}
        onSubmit={onSubmit}
      >
        <div className="field">
          <label htmlFor="search-words">
            {intl.formatMessage(messages.words)}
          </label>
          <input
            id="search-words"
            type="search"
            value={filters.SearchableText}
            onChange={update('SearchableText')}
          />
        </div>
        <div className="field">
          <label htmlFor="search-type">
            {intl.formatMessage(messages.type)}
          </label>
          <select
            id="search-type"
            value={filters.portal_type}
            onChange={update('portal_type')}
          >
            <option value="">{intl.formatMessage(messages.allTypes)}</option>
            {TYPE_OPTIONS.map((value) => (
              <option key={value} value={value}>
                {typeLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <GroupSelect
          id="search-group"
          value={filters.group}
          onChange={(group) => setFilters({ ...filters, group })}
        />
        <div className="field">
          <label htmlFor="search-author">
            {intl.formatMessage(messages.author)}
          </label>
          <input
            id="search-author"
            type="text"
            value={filters.Creator}
            onChange={update('Creator')}
          />
        </div>
        {categories.items.length > 0 && (
          <div className="field">
            <label htmlFor="search-category">
              {intl.formatMessage(sharedMessages.dequapCategory)}
            </label>
            <select
              id="search-category"
              value={filters.dequap_category}
              onChange={update('dequap_category')}
            >
              <option value="">
                {intl.formatMessage(messages.allCategories)}
              </option>
              {categories.items.map((item) => (
                <option key={item.value} value={item.value}>
                  {item.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="search-sort">
            {intl.formatMessage(messages.sort)}
          </label>
          <select
            id="search-sort"
            value={filters.sort}
            onChange={update('sort')}
          >
            <option value="">{intl.formatMessage(messages.relevance)}</option>
            <option value="date">{intl.formatMessage(messages.date)}</option>
          </select>
        </div>
        <Button type="submit" primary>
          {intl.formatMessage(sharedMessages.search)}
        </Button>
      </form>
      <section
        className="fmm-results"
        aria-live="polite"
        aria-busy={results.loading}
      >
        <RequestStatus loading={results.loading} error={results.error} />
        {results.loaded && (
          <Pager
            total={results.total || 0}
            start={Number(params.b_start) || 0}
            size={PAGE_SIZE}
            onChange={(start) => setParams({ ...params, b_start: start })}
          />
        )}
        {(results.items || []).length > 0 && (
          <ItemList items={results.items} dateField="effective" showType />
        )}
      </section>
    </Container>
  );
};

export default SearchPage;
