import { defineMessages, useIntl } from 'react-intl';
import Card, { CardList } from '../Core/Listing/Card';
import ListingFilters from '../Core/Listing/ListingFilters';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters from '../Core/Listing/useFilters';
import useService from '../Core/Listing/useService';
import { toQueryString } from '../../helpers/queryString';
import './Directory.less';

const messages = defineMessages({
  title: {
    id: 'Directory of the workers',
    defaultMessage: 'Directory of the workers',
  },
  intro: {
    id: 'Find colleagues of the movement by name, function, speciality, intergroup or postal code. Emails and GSM numbers are never shown: each job shows its public phone, else the medical house’s.',
    defaultMessage:
      'Find colleagues of the movement by name, function, speciality, intergroup or postal code. Emails and GSM numbers are never shown: each job shows its public phone, else the medical house’s.',
  },
  filters: { id: 'Directory filters', defaultMessage: 'Directory filters' },
  name: { id: 'Name', defaultMessage: 'Name' },
  function: { id: 'Function', defaultMessage: 'Function' },
  intergroup: { id: 'Intergroup', defaultMessage: 'Intergroup' },
  speciality: { id: 'Speciality', defaultMessage: 'Speciality' },
  postalCode: { id: 'Postal code', defaultMessage: 'Postal code' },
  phone: { id: 'Phone: {phone}', defaultMessage: 'Phone: {phone}' },
  supervisor: {
    id: 'Internship supervisor',
    defaultMessage: 'Internship supervisor',
  },
});

export const PAGE_SIZE = 24;
const FILTERS = ['q', 'function', 'intergroup', 'speciality', 'postal_code'];

/** The `@directory` request of the page's URL parameters. */
export const directoryPath = (params, start) =>
  `/@directory${toQueryString({
    ...Object.fromEntries(FILTERS.map((name) => [name, params[name]])),
    b_start: start || undefined,
    b_size: PAGE_SIZE,
  })}`;

/** What a job says on a card: "function (complement, speciality) — house". */
const jobLine = (job) => {
  const functions = job.functions
    .map(({ title, complement, speciality }) => {
      const details = [complement, speciality].filter(Boolean).join(', ');
      return details ? `${title} (${details})` : title;
    })
    .join(', ');
  return `${functions} — ${job.workplace.title}`;
};

/**
 * The worker directory (`/travailleurs`, the guide's "répertoire des
 * travailleur·euse·s"): filters as the guide shows them, results as cards
 * each opening the worker's page.
 */
const DirectoryPage = () => {
  const intl = useIntl();
  const { params, filters, setFilter, submit, applyFilter, start, setStart } =
    useFilters(FILTERS);
  const request = useService('fmm-directory', directoryPath(params, start));
  const { data } = request;
  const items = data?.items || [];
  const text = (name, label, props = {}) => ({
    name,
    kind: 'text',
    label: intl.formatMessage(label),
    ...props,
  });

  return (
    <Page
      id="page-directory"
      className="fmm-directory"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <ListingFilters
        id="directory"
        label={intl.formatMessage(messages.filters)}
        filters={filters}
        setFilter={setFilter}
        onSubmit={submit}
        fields={[
          text('q', messages.name, { autoComplete: 'off' }),
          {
            name: 'function',
            kind: 'vocabulary',
            vocabulary: 'fmm_extranet.Functions',
            label: intl.formatMessage(messages.function),
            onChange: applyFilter('function'),
          },
          text('speciality', messages.speciality),
          {
            name: 'intergroup',
            kind: 'vocabulary',
            vocabulary: 'fmm_extranet.Intergroups',
            label: intl.formatMessage(messages.intergroup),
            onChange: applyFilter('intergroup'),
          },
          text('postal_code', messages.postalCode, { inputMode: 'numeric' }),
        ]}
      />
      <Results
        request={request}
        total={data?.items_total || 0}
        start={start}
        size={PAGE_SIZE}
        onPage={setStart}
      >
        {items.length > 0 && (
          <CardList className="fmm-directory-cards">
            {items.map((worker) => (
              <Card
                key={worker['@id']}
                href={worker['@id']}
                title={worker.title}
                image={
                  worker.photo ? (
                    <img src={worker.photo} alt="" loading="lazy" />
                  ) : null
                }
                meta={
                  worker.internship_supervisor
                    ? intl.formatMessage(messages.supervisor)
                    : null
                }
                description={worker.expertise}
              >
                <ul className="fmm-directory-jobs">
                  {worker.jobs.map((job) => (
                    <li key={`${job.workplace.title}-${jobLine(job)}`}>
                      {jobLine(job)}
                      {job.phone && (
                        <>
                          {' · '}
                          {intl.formatMessage(messages.phone, {
                            phone: (
                              <a href={`tel:${job.phone.replace(/\s/g, '')}`}>
                                {job.phone}
                              </a>
                            ),
                          })}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </CardList>
        )}
      </Results>
    </Page>
  );
};

export default DirectoryPage;
