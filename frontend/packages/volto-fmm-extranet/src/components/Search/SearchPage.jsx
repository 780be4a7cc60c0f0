import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import FiltersForm from '../Core/Form/FiltersForm';
import {
  CheckboxField,
  SelectField,
  VocabularySelect,
} from '../Core/Form/Field';
import Facets from '../Core/Listing/Facets';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters from '../Core/Listing/useFilters';
import useService from '../Core/Listing/useService';
import SearchResults from './SearchResults';
import SuggestWords from './SuggestWords';
import { toQueryString } from '../../helpers/queryString';
import sharedMessages from '../../messages';
import './Search.less';

const messages = defineMessages({
  title: { id: 'Search the extranet', defaultMessage: 'Search the extranet' },
  filters: { id: 'Search filters', defaultMessage: 'Search filters' },
  sort: { id: 'Sort by', defaultMessage: 'Sort by' },
  relevance: { id: 'Relevance', defaultMessage: 'Relevance' },
  date: { id: 'Publication date', defaultMessage: 'Publication date' },
  type: { id: 'Type of content', defaultMessage: 'Type of content' },
  author: { id: 'Author', defaultMessage: 'Author' },
  year: { id: 'Year', defaultMessage: 'Year' },
  ownGroups: { id: 'Favour my groups', defaultMessage: 'Favour my groups' },
  didYouMean: { id: 'Did you mean', defaultMessage: 'Did you mean' },
});

export const PAGE_SIZE = 20;

/** Facets of the answer, in the order shown; each is a URL parameter. */
export const FACETS = ['portal_type', 'fmm_groups', 'Creator', 'fmm_year'];
const FILTERS = ['SearchableText', 'dequap_category', 'sort'];
/** URL parameter (and `@search`'s) turning the own-groups boost off. */
export const BOOST_OFF = { boost: 'off' };

/**
 * `@search` parameters of the search page. Words are sorted by relevance
 * (unless asked by date) and answered with facets and highlighted passages;
 * without words, the site's content (people left out) newest first.
 * @param {Object} params URL parameters.
 * @returns {Object} `@search` parameters.
 */
export const searchQuery = (params) => {
  const words = params.SearchableText || '';
  const byDate = params.sort === 'date' || !words;
  return {
    SearchableText: words || undefined,
    use_site_search_settings: words ? undefined : 1,
    ...Object.fromEntries(FACETS.map((name) => [name, params[name]])),
    fmm_dequap: params.dequap_category || undefined,
    sort_on: byDate ? 'Date' : undefined,
    sort_order: byDate ? 'descending' : undefined,
    boost: params.boost === BOOST_OFF.boost ? BOOST_OFF.boost : undefined,
    b_start: params.b_start || 0,
    b_size: PAGE_SIZE,
    metadata_fields: ['effective', 'created'],
  };
};

/**
 * The search page (the magnifier): full text, inside attached files too,
 * relevance or date order; the answer's facets (type, group, author, year)
 * with their counts refine it. Everything lives in the URL.
 */
const SearchPage = () => {
  const intl = useIntl();
  const { params, setParams, filters, setFilter, start, setStart } =
    useFilters(FILTERS);
  const search = useService(
    'fmm-search',
    `/@search${toQueryString(searchQuery(params))}`,
  );
  const { data } = search;
  const items = data?.items || [];
  const facetValues = Object.fromEntries(
    FACETS.map((name) => [name, params[name]]),
  );
  const boostOff = params.boost === BOOST_OFF.boost;
  const kept = { ...facetValues, ...(boostOff ? BOOST_OFF : {}) };
  // New words or sort keep the facets chosen, and go back to the first page.
  const submit = () => setParams({ ...kept, ...filters });
  const refine = (name, values) => {
    const { b_start, ...rest } = params;
    setParams({ ...rest, [name]: values });
  };

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
        <SuggestWords
          id="search-words"
          value={filters.SearchableText ?? ''}
          onChange={setFilter('SearchableText')}
        />
        <VocabularySelect
          id="search-dequap_category"
          vocabulary="fmm_extranet.DequapCategories"
          label={intl.formatMessage(sharedMessages.dequapCategory)}
          emptyLabel={intl.formatMessage(sharedMessages.allCategories)}
          value={filters.dequap_category ?? ''}
          onChange={setFilter('dequap_category')}
        />
        <SelectField
          id="search-sort"
          label={intl.formatMessage(messages.sort)}
          emptyLabel={intl.formatMessage(messages.relevance)}
          options={[
            { value: 'date', label: intl.formatMessage(messages.date) },
          ]}
          value={filters.sort ?? ''}
          onChange={setFilter('sort')}
        />
        <CheckboxField
          id="search-boost"
          label={intl.formatMessage(messages.ownGroups)}
          checked={!boostOff}
          onChange={(on) => {
            const { b_start, boost, ...rest } = params;
            setParams({ ...rest, ...(on ? {} : BOOST_OFF) });
          }}
        />
      </FiltersForm>
      {data?.did_you_mean && (
        <p className="fmm-did-you-mean">
          {intl.formatMessage(messages.didYouMean)}{' '}
          <Link
            to={`/search${toQueryString({
              ...kept,
              SearchableText: data.did_you_mean,
            })}`}
          >
            {data.did_you_mean}
          </Link>
          {'\u00a0?'}
        </p>
      )}
      <div className="fmm-search-body">
        <Facets
          id="facet"
          facets={data?.facets}
          chosen={facetValues}
          onChange={refine}
          fields={[
            { name: 'portal_type', legend: intl.formatMessage(messages.type) },
            {
              name: 'fmm_groups',
              legend: intl.formatMessage(sharedMessages.group),
            },
            { name: 'Creator', legend: intl.formatMessage(messages.author) },
            { name: 'fmm_year', legend: intl.formatMessage(messages.year) },
          ]}
        />
        <Results
          request={search}
          // A refused filter says why; other failures say "not available".
          errorMessage={
            search.error?.status === 400 ? search.error.message : null
          }
          total={data?.items_total || 0}
          start={start}
          size={PAGE_SIZE}
          onPage={setStart}
        >
          {items.length > 0 && <SearchResults items={items} />}
        </Results>
      </div>
    </Page>
  );
};

export default SearchPage;
