import { defineMessages, useIntl } from 'react-intl';
import ListingFilters, { useDateRange } from '../Core/Listing/ListingFilters';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters, { filtersFromParams } from '../Core/Listing/useFilters';
import useService from '../Core/Listing/useService';
import DocumentRow from './DocumentRow';
import { toQueryString } from '../../helpers/queryString';
import sharedMessages from '../../messages';

const messages = defineMessages({
  intro: {
    id: 'All documents matching your search are listed, including those you may not open (marked with a lock).',
    defaultMessage:
      'All documents matching your search are listed, including those you may not open (marked with a lock).',
  },
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

/**
 * The Documents tab (`/documents`, on `@documents`): search by words, dates
 * and group (by UID: `@documents` looks up the `fmm_group` index); every
 * matching document is listed, locked ones included.
 */
const DocumentsPage = () => {
  const intl = useIntl();
  const { params, filters, setFilter, submit, start, setStart } =
    useFilters(FILTERS);
  const documents = useService(
    'documents',
    `/@documents${toQueryString({
      ...filtersFromParams(params, FILTERS),
      b_start: start,
      b_size: PAGE_SIZE,
    })}`,
  );
  const { data } = documents;

  const items = data?.items || [];

  return (
    <Page
      id="page-documents"
      className="fmm-documents"
      title={intl.formatMessage(sharedMessages.documents)}
      description={intl.formatMessage(messages.intro)}
    >
      <ListingFilters
        id="documents"
        label={intl.formatMessage(messages.filters)}
        filters={filters}
        setFilter={setFilter}
        onSubmit={submit}
        fields={[
          { name: 'SearchableText', kind: 'words' },
          ...useDateRange(),
          { name: 'group', kind: 'group', by: 'UID' },
        ]}
      />
      <Results
        request={documents}
        errorMessage={intl.formatMessage(messages.unavailable)}
        total={data?.items_total || 0}
        start={start}
        size={PAGE_SIZE}
        onPage={setStart}
      >
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
      </Results>
    </Page>
  );
};

export default DocumentsPage;
