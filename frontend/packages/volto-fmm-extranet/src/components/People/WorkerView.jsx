import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import DateTime from '../Core/Listing/DateTime';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import RequestStatus from '../Core/Listing/RequestStatus';
import useSearch from '../Core/Listing/useSearch';
import DetailList from '../Core/Views/DetailList';
import ViewLayout from '../Core/Views/ViewLayout';
import useVocabulary from '../../helpers/useVocabulary';
import { valueLabel, valueToken } from '../../helpers';

const messages = defineMessages({
  email: { id: 'Email', defaultMessage: 'Email' },
  mobile: { id: 'Mobile', defaultMessage: 'Mobile' },
  phone: { id: 'Phone', defaultMessage: 'Phone' },
  expertise: { id: 'Expertise', defaultMessage: 'Expertise' },
  internshipSupervisor: {
    id: 'Internship supervisor',
    defaultMessage: 'Internship supervisor',
  },
  leftOn: {
    id: 'Left the movement on {date}',
    defaultMessage: 'Left the movement on {date}',
  },
  leftMovement: {
    id: 'Left the movement',
    defaultMessage: 'Left the movement',
  },
  pending: {
    id: 'Account awaiting approval',
    defaultMessage: 'Account awaiting approval',
  },
  jobs: { id: 'Jobs', defaultMessage: 'Jobs' },
  federation: { id: 'Federation', defaultMessage: 'Federation' },
  photoOf: { id: 'Photo of {name}', defaultMessage: 'Photo of {name}' },
});

/** Full name of a worker, from its fields or its title. */
export const workerName = (content) =>
  [content.first_name, content.last_name].filter(Boolean).join(' ') ||
  content.title;

const WorkerStatus = ({ content }) => {
  const intl = useIntl();
  const status = content.review_state;
  if (status === 'left') {
    return (
      <p className="fmm-notice">
        {content.left_date
          ? intl.formatMessage(messages.leftOn, {
              date: <DateTime date={content.left_date} />,
            })
          : intl.formatMessage(messages.leftMovement)}
      </p>
    );
  }
  if (status === 'pending') {
    return <p className="fmm-notice">{intl.formatMessage(messages.pending)}</p>;
  }
  return null;
};

/**
 * One job: workplace, functions (with complement and speciality), and the
 * contact fields the worker made public (the only ones in the JSON).
 */
const Job = ({ job, complementLabel }) => {
  const intl = useIntl();
  const workplace = valueToken(job.workplace);
  return (
    <li className="fmm-job">
      <h3>
        {workplace === 'federation'
          ? intl.formatMessage(messages.federation)
          : job.workplace_title || valueLabel(job.workplace)}
      </h3>
      <ul className="fmm-functions">
        {(job.functions || []).map((item, index) => (
          <li key={index}>
            {job.function_titles?.[index] || item.function}
            {item.complement && ` (${complementLabel(item.complement)})`}
            {item.speciality && ` – ${item.speciality}`}
          </li>
        ))}
      </ul>
      <DetailList
        rows={[
          {
            label: intl.formatMessage(messages.email),
            value: job.email,
            display: <a href={`mailto:${job.email}`}>{job.email}</a>,
          },
          {
            label: intl.formatMessage(messages.phone),
            value: job.phone,
            display: <a href={`tel:${job.phone}`}>{job.phone}</a>,
          },
          {
            label: intl.formatMessage(messages.mobile),
            value: job.mobile,
            display: <a href={`tel:${job.mobile}`}>{job.mobile}</a>,
          },
        ]}
      />
    </li>
  );
};

/**
 * Profile of a worker: photo, status, internship supervisor quality,
 * expertise, jobs. Email and mobile only show when the JSON carries them
 * (the backend leaves them out for readers who may not see them).
 */
const WorkerView = ({ content }) => {
  const intl = useIntl();
  const name = workerName(content);
  const path = flattenToAppURL(content['@id']);
  const jobs = useSearch(
    path,
    { portal_type: ['Job'], fullobjects: 1, sort_on: 'getObjPositionInParent' },
    'worker-jobs',
  );
  const complements = useVocabulary('fmm_extranet.FunctionComplements');
  const photo =
    content.photo?.scales?.preview?.download || content.photo?.download;

  return (
    <ViewLayout content={content} title={name} className="fmm-worker">
      {photo && (
        <img
          className="fmm-worker-photo"
          src={flattenToAppURL(photo)}
          alt={intl.formatMessage(messages.photoOf, { name })}
        />
      )}
      <WorkerStatus content={content} />
      <DetailList
        rows={[
          {
            label: intl.formatMessage(messages.internshipSupervisor),
            value: content.internship_supervisor ? 1 : null,
            display: '✓',
          },
          {
            label: intl.formatMessage(messages.expertise),
            value: content.expertise,
          },
          {
            label: intl.formatMessage(messages.email),
            value: content.email,
            display: <a href={`mailto:${content.email}`}>{content.email}</a>,
          },
          {
            label: intl.formatMessage(messages.mobile),
            value: content.mobile,
            display: <a href={`tel:${content.mobile}`}>{content.mobile}</a>,
          },
        ]}
      />
      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">{intl.formatMessage(messages.jobs)}</h2>
        <RequestStatus loading={jobs.loading} error={jobs.error} />
        <ul className="fmm-jobs">
          {(jobs.items || []).map((job) => (
            <Job
              key={job['@id']}
              job={job}
              complementLabel={complements.labelOf}
            />
          ))}
        </ul>
      </section>
    </ViewLayout>
  );
};

WorkerView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    first_name: PropTypes.string,
    last_name: PropTypes.string,
    email: PropTypes.string,
    mobile: PropTypes.string,
  }).isRequired,
};

export default WorkerView;
