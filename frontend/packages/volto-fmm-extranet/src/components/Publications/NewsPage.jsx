import { defineMessages, useIntl } from 'react-intl';
import ListingFilters, { useDateRange } from '../Core/Listing/ListingFilters';
import Page from '../Core/Listing/Page';
import PagedResults from '../Core/Listing/PagedResults';
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
});

export const PAGE_SIZE = 10;
const FILTERS = ['SearchableText', 'group', 'start', 'end'];

/**
 * The `Date` range (publication date, else last modification) between two
 * days of the form, both included.
 * @param {string} start First day (YYYY-MM-DD) or ''.
 * @param {string} end Last day (YYYY-MM-DD) or ''.
 * @returns {Object} `Date.query` and `Date.range`, or nothing.
 */
export const dateRange = (start, end) => {
  const bounds = [
    start && ['min', start],
    end && ['max', `${end}T23:59:59`],
  ].filter(Boolean);
  if (bounds.length === 0) {
    return {};
  }
  return {
    'Date.query': bounds.map(([, day]) => day),
    'Date.range': bounds.map(([bound]) => bound).join(':'),
  };
};

/**
 * Catalog query of the news listing: newest first, by words, group (UID,
 * `fmm_groups` index: the news stored in its space and those tagged with
 * it) and dates of publication.
 * @param {Object} params URL parameters.
 * @returns {Object} `@search` options.
 */
export const newsQuery = (params) => ({
  portal_type: ['News Item'],
  SearchableText: params.SearchableText
    ? encodeURIComponent(params.SearchableText)
    : undefined,
  fmm_groups: params.group || undefined,
  ...dateRange(params.start, params.end),
  sort_on: 'Date',
  sort_order: 'descending',
  b_start: params.b_start || 0,
  b_size: PAGE_SIZE,
  metadata_fields: ['effective', 'created', 'fmm_group', 'fmm_group_title'],
});

/**
 * The news listing (`/actualites`, the "Actualités" menu entry): every news
 * item of the extranet, newest first, filtered by words, group and dates of
 * publication; filters live in the URL.
 */
const NewsPage = () => {
  const intl = useIntl();
  const { params, filters, setFilter, submit, start, setStart } =
    useFilters(FILTERS);
  const results = useSearch('', newsQuery(params), 'fmm-news');

  return (
    <Page
      id="page-news"
      className="fmm-news"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <ListingFilters
        id="news"
        label={intl.formatMessage(messages.filters)}
        filters={filters}
        setFilter={setFilter}
        onSubmit={submit}
        fields={[
          { name: 'SearchableText', kind: 'words' },
          { name: 'group', kind: 'group', by: 'UID' },
          ...useDateRange(),
        ]}
      />
      <PagedResults
        results={results}
        start={start}
        size={PAGE_SIZE}
        onPage={setStart}
        listClassName="fmm-news-list"
      >
        {(item) => <NewsCard key={item['@id']} item={item} />}
      </PagedResults>
    </Page>
  );
};

export default NewsPage;
