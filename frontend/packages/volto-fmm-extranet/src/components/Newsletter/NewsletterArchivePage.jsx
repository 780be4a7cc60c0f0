import { defineMessages, useIntl } from 'react-intl';
import Card from '../Core/Listing/Card';
import DateTime from '../Core/Listing/DateTime';
import Page from '../Core/Listing/Page';
import PagedResults from '../Core/Listing/PagedResults';
import useFilters from '../Core/Listing/useFilters';
import useSearch from '../Core/Listing/useSearch';
import useService from '../Core/Listing/useService';
import { publicationDate } from '../../helpers/dates';
import './Newsletter.less';

/** The federation's archive (the folder its issues are written in). */
export const ARCHIVE_PATH = '/lettre-electronique';
export const PAGE_SIZE = 20;

const messages = defineMessages({
  title: { id: 'Newsletter', defaultMessage: 'Newsletter' },
  intro: {
    id: 'The issues of the newsletter of the federation and of the intergroups, newest first.',
    defaultMessage:
      'The issues of the newsletter of the federation and of the intergroups, newest first.',
  },
  add: { id: 'New issue', defaultMessage: 'New issue' },
  draft: { id: 'Draft', defaultMessage: 'Draft' },
  sending: { id: 'Being sent', defaultMessage: 'Being sent' },
});

/** Catalog query of the archive: every issue the reader may open, newest first. */
const archiveQuery = (start) => ({
  portal_type: ['Newsletter'],
  sort_on: 'created',
  sort_order: 'descending',
  b_start: start,
  b_size: PAGE_SIZE,
  metadata_fields: ['effective', 'created', 'review_state'],
});

/**
 * `/lettre-electronique` (side menu « Lettre électronique »): the issues of
 * the newsletter; those who may write one (`@types` of the folder) add it
 * here, and see their drafts and issues being sent marked so.
 */
const NewsletterArchivePage = () => {
  const intl = useIntl();
  const { start, setStart } = useFilters([]);
  const results = useSearch('', archiveQuery(start), 'fmm-newsletters');
  const types = useService('fmm-newsletter-types', `${ARCHIVE_PATH}/@types`);
  const mayAdd = (types.data || []).some(
    (type) => type.addable && type['@id']?.endsWith('/@types/Newsletter'),
  );

  return (
    <Page
      id="page-newsletters"
      className="fmm-newsletters"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      {mayAdd && (
        <p>
          {/* A page load, not a client-side route: Volto's add form takes
              the folder (its toolbar, save button) from the content loaded
              with the page, and this page is not content. */}
          <a
            href={`${ARCHIVE_PATH}/add?type=Newsletter`}
            className="ui primary button fmm-add-newsletter"
          >
            {intl.formatMessage(messages.add)}
          </a>
        </p>
      )}
      <PagedResults
        results={results}
        start={start}
        size={PAGE_SIZE}
        onPage={setStart}
        listClassName="fmm-newsletter-list"
      >
        {(item) => (
          <Card
            key={item['@id']}
            href={item['@id']}
            title={item.title}
            description={item.description}
            meta={
              <>
                <DateTime date={publicationDate(item) || null} />
                {messages[item.review_state] && (
                  <span className="fmm-newsletter-state">
                    {intl.formatMessage(messages[item.review_state])}
                  </span>
                )}
              </>
            }
          />
        )}
      </PagedResults>
    </Page>
  );
};

export default NewsletterArchivePage;
