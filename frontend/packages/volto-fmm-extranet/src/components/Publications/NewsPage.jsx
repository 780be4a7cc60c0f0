import { defineMessages, useIntl } from 'react-intl';
import FiltersForm from '../Core/Form/FiltersForm';
import { SelectField, WordsField } from '../Core/Form/Field';
import { CardList } from '../Core/Listing/Card';
import GroupSelect from '../Core/Listing/GroupSelect';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters from '../Core/Listing/useFilters';
import useSearch from '../Core/Listing/useSearch';
import NewsCard from './NewsCard';
import './News.less';

const messages = defineMessages({
  title: { id: 'News', defaultMessage: 'News' },
  intro: {
    id: 'The news of the movement and of the social and health sector, published on the extranet.',
    defaultMessage:
      'The news of the movement and of the social and health sector, published on the extranet.',
  },
  filters: { id: 'News filters', defaultMessage: 'News filters' },
  year: { id: 'Year', defaultMessage: 'Year' },
  allYears: { id: 'All years', defaultMessage: 'All years' },
});

export const PAGE_SIZE = 10;
const FILTERS = ['SearchableText', 'group', 'year'];
/** How far back the year filter goes when the first year is unknown. */
const DEFAULT_YEARS = 10;

/**
 * Catalog query of the news listing: newest first, by words, group space
 * (UID, `fmm_group` index) and year of publication (`fmm_year` index).
 * @param {Object} params URL parameters.
 * @returns {Object} `@search` options.
 */
export const newsQuery = (params) => ({
  portal_type: ['News Item'],
  SearchableText: params.SearchableText
    ? encodeURIComponent(params.SearchableText)
    : undefined,
  fmm_group: params.group || undefined,
  fmm_year: params.year || undefined,
  sort_on: 'effective',
  sort_order: 'descending',
  b_start: params.b_start || 0,
  b_size: PAGE_SIZE,
  metadata_fields: ['effective', 'created', 'fmm_group', 'fmm_group_title'],
});

/** The news item of the earliest year, for the choice of years. */
const FIRST_NEWS_QUERY = {
  portal_type: ['News Item'],
  sort_on: 'fmm_year',
  sort_order: 'ascending',
  b_size: 1,
  metadata_fields: ['fmm_year'],
};

/**
 * Years offered by the year filter, newest first.
 * @param {number} thisYear The current year.
 * @param {string|number} firstYear Year of the oldest news item, if known.
 * @param {string} chosen Year asked in the URL, always offered.
 * @returns {Array} Years as strings, from thisYear down to firstYear.
 */
export const yearOptions = (thisYear, firstYear, chosen) => {
  const first = Number(firstYear);
  const from =
    first && first <= thisYear ? first : thisYear - DEFAULT_YEARS + 1;
  const years = Array.from({ length: thisYear - from + 1 }, (_, index) =>
    String(thisYear - index),
  );
  return chosen && !years.includes(chosen) ? [...years, chosen] : years;
};

/**
 * The news listing (`/actualites`, the "Actualités" menu entry): every news
 * item of the extranet, newest first, filtered by words, group space and
 * year; filters live in the URL.
 */
const NewsPage = () => {
  const intl = useIntl();
  const { params, filters, setFilter, submit, start, setStart } =
    useFilters(FILTERS);
  const results = useSearch('', newsQuery(params), 'fmm-news');
  const first = useSearch('', FIRST_NEWS_QUERY, 'fmm-news-first-year');
  const years = yearOptions(
    new Date().getFullYear(),
    first.items?.[0]?.fmm_year,
    params.year,
  );
  const items = results.items || [];

  return (
    <Page
      id="page-news"
      className="fmm-news"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <FiltersForm
        label={intl.formatMessage(messages.filters)}
        onSubmit={submit}
      >
        <WordsField
          id="news-words"
          value={filters.SearchableText}
          onChange={setFilter('SearchableText')}
        />
        <GroupSelect
          id="news-group"
          by="UID"
          value={filters.group}
          onChange={setFilter('group')}
        />
        <SelectField
          id="news-year"
          label={intl.formatMessage(messages.year)}
          emptyLabel={intl.formatMessage(messages.allYears)}
          value={filters.year}
          onChange={setFilter('year')}
          options={years.map((year) => ({ value: year, label: year }))}
        />
      </FiltersForm>
      <Results
        request={results}
        total={results.total || 0}
        start={start}
        size={PAGE_SIZE}
        onPage={setStart}
      >
        {items.length > 0 && (
          <CardList className="fmm-news-list">
            {items.map((item) => (
              <NewsCard key={item['@id']} item={item} />
            ))}
          </CardList>
        )}
      </Results>
    </Page>
  );
};

export default NewsPage;
