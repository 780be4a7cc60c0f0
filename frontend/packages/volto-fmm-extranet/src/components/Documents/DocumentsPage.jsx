import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Button, Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import GroupSelect from '../Listing/GroupSelect';
import Pager from '../Listing/Pager';
import RequestStatus from '../Listing/RequestStatus';
import useQueryParams from '../Listing/useQueryParams';
import DocumentRow from './DocumentRow';
import { getDocuments } from '../../actions';
import sharedMessages from '../../messages';

const messages = defineMessages({
  intro: {
    id: 'All documents matching your search are listed, including those you may not open (marked with a lock).',
    defaultMessage:
      'All documents matching your search are listed, including those you may not open (marked with a lock).',
  },
  words: { id: 'Words', defaultMessage: 'Words' },
  from: { id: 'From', defaultMessage: 'From' },
  to: { id: 'To', defaultMessage: 'To' },
  filters: { id: 'Document filters', defaultMessage: 'Document filters' },
  title: { id: 'Title', defaultMessage: 'Title' },
  date: { id: 'Date', defaultMessage: 'Date' },
  folder: { id: 'Folder', defaultMessage: 'Folder' },
  unavailable: {
    id: 'The documents cannot be listed at the moment.',
    defaultMessage: 'The documents cannot be listed at the moment.',
  },
});

export const PAGE_SIZE = 25;
const FILTERS = ['SearchableText', 'start', 'end', 'group'];

const filtersFromParams = (params) =>
  Object.fromEntries(FILTERS.map((key) => [key, params[key] || '']));

/**
 * The Documents tab (`/documents`, on `@documents`): search by words, dates
 * and group; every matching document is listed, locked ones included.
 */
const DocumentsPage = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [params, setParams] = useQueryParams();
  const [filters, setFilters] = useState(() => filtersFromParams(params));
  const { loading, loaded, error, data } = useSelector(
    (state) => state.documents,
  );
  const start = Number(params.b_start) || 0;

  useEffect(() => {
    setFilters(filtersFromParams(params));
    dispatch(
      getDocuments({
        ...filtersFromParams(params),
        b_start: start,
        b_size: PAGE_SIZE,
      }),
    );
  }, [dispatch, params, start]);

  const update = (key) => (event) =>
    setFilters({ ...filters, [key]: event.target.value });
  const onSubmit = (event) => {
    event.preventDefault();
    setParams(filters);
  };
  const items = data?.items || [];
  const title = intl.formatMessage(sharedMessages.documents);

  return (
    <Container id="page-documents" className="fmm-documents">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      <p className="documentDescription">
        {intl.formatMessage(messages.intro)}
      </p>
      <form
        className="ui form fmm-filters"
        role="search"
        aria-label={intl.formatMessage(messages.filters)}
        onSubmit={onSubmit}
      >
        <div className="field">
          <label htmlFor="documents-words">
            {intl.formatMessage(messages.words)}
          </label>
          <input
            id="documents-words"
            type="search"
            value={filters.SearchableText}
            onChange={update('SearchableText')}
          />
        </div>
        <div className="field">
          <label htmlFor="documents-start">
            {intl.formatMessage(messages.from)}
          </label>
          <input
            id="documents-start"
            type="date"
            value={filters.start}
            onChange={update('start')}
          />
        </div>
        <div className="field">
          <label htmlFor="documents-end">
            {intl.formatMessage(messages.to)}
          </label>
          <input
            id="documents-end"
            type="date"
            value={filters.end}
            onChange={update('end')}
          />
        </div>
        <GroupSelect
          id="documents-group"
          value={filters.group}
          onChange={(group) => setFilters({ ...filters, group })}
        />
        <Button type="submit" primary>
          {intl.formatMessage(sharedMessages.search)}
        </Button>
      </form>
      <section className="fmm-results" aria-live="polite" aria-busy={loading}>
        <RequestStatus
          loading={loading}
          error={error}
          errorMessage={intl.formatMessage(messages.unavailable)}
        />
        {loaded && (
          <Pager
            total={data?.items_total || 0}
            start={start}
            size={PAGE_SIZE}
            onChange={(b_start) => setParams({ ...params, b_start })}
          />
        )}
        {items.length > 0 && (
          <table className="ui very basic table fmm-documents-table">
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(messages.title)}</th>
                <th scope="col">{intl.formatMessage(messages.date)}</th>
                <th scope="col">{intl.formatMessage(sharedMessages.group)}</th>
                <th scope="col">{intl.formatMessage(messages.folder)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <DocumentRow key={item['@id']} item={item} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Container>
  );
};

export default DocumentsPage;
