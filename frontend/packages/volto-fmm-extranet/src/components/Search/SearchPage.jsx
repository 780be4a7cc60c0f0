import { defineMessages, useIntl } from 'react-intl';
import FiltersForm from '../Core/Form/FiltersForm';
import { InputField, SelectField, WordsField } from '../Core/Form/Field';
import DequapSelect from '../Catalogue/DequapSelect';
import GroupSelect from '../Core/Listing/GroupSelect';
import ItemList from '../Core/Listing/ItemList';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters from '../Core/Listing/useFilters';
import useSearch from '../Core/Listing/useSearch';

const messages = defineMessages({
  title: { id: 'Search the extranet', defaultMessage: 'Search the extranet' },
  type: { id: 'Type of content', defaultMessage: 'Type of content' },
  allTypes: { id: 'All types', defaultMessage: 'All types' },
  author: {
    id: 'Published by (user id)',
    defaultMessage: 'Published by (user id)',
  },
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

/** URL parameters from the form: several types are repeated parameters. */
const toParams = (filters) => ({
  ...filters,
  portal_type: filters.portal_type.split(','),
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
  const { params, filters, setFilter, submit, start, setStart } = useFilters(
    FILTERS,
    toParams,
  );
  const results = useSearch('', searchQuery(params), 'fmm-search');
  const typeLabel = (value) =>
    messages[value] ? intl.formatMessage(messages[value]) : value;

  return (
    <Page
      id="page-search"
      className="fmm-search"
      title={intl.formatMessage(messages.title)}
    >
      <FiltersForm
        label={intl.formatMessage(messages.filters)}
        onSubmit={submit}
      >
        <WordsField
          id="search-words"
          value={filters.SearchableText}
          onChange={setFilter('SearchableText')}
        />
        <SelectField
          id="search-type"
          label={intl.formatMessage(messages.type)}
          emptyLabel={intl.formatMessage(messages.allTypes)}
          value={filters.portal_type}
          onChange={setFilter('portal_type')}
          options={TYPE_OPTIONS.map((value) => ({
            value,
            label: typeLabel(value),
          }))}
        />
        <GroupSelect
          id="search-group"
          value={filters.group}
          onChange={setFilter('group')}
        />
        <InputField
          id="search-author"
          label={intl.formatMessage(messages.author)}
          value={filters.Creator}
          onChange={setFilter('Creator')}
        />
        <DequapSelect
          id="search-category"
          value={filters.dequap_category}
          onChange={setFilter('dequap_category')}
        />
        <SelectField
          id="search-sort"
          label={intl.formatMessage(messages.sort)}
          emptyLabel={intl.formatMessage(messages.relevance)}
          value={filters.sort}
          onChange={setFilter('sort')}
          options={[
            { value: 'date', label: intl.formatMessage(messages.date) },
          ]}
        />
      </FiltersForm>
      <Results
        request={results}
        total={results.total || 0}
        start={start}
        size={PAGE_SIZE}
        onPage={setStart}
      >
        {(results.items || []).length > 0 && (
          <ItemList items={results.items} dateField="effective" showType />
        )}
      </Results>
    </Page>
  );
};

export default SearchPage;
