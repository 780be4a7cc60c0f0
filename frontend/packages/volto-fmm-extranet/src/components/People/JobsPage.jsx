import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { Button, Message } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import FormErrors from '../Core/Form/FormErrors';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import JobForm from './JobForm';
import ProfileLayout from './ProfileLayout';
import { PROFILE_KEY, PROFILE_PATH } from './sections';
import { getService } from '../../actions';
import {
  SHORTCUTS_KEY,
  SHORTCUTS_PATH,
} from '../Layout/Header/ShortcutButtons';
import { toQueryString } from '../../helpers/queryString';
import useServiceCall from '../../helpers/useServiceCall';
import useVocabulary from '../../helpers/useVocabulary';

const messages = defineMessages({
  intro: {
    id: 'One line per place where you work in the movement: a medical house or the federation. Your functions decide the sectoral groups you have access to.',
    defaultMessage:
      'One line per place where you work in the movement: a medical house or the federation. Your functions decide the sectoral groups you have access to.',
  },
  noJob: { id: 'No job yet.', defaultMessage: 'No job yet.' },
  add: {
    id: 'Add a job in another institution',
    defaultMessage: 'Add a job in another institution',
  },
  newJob: { id: 'New job', defaultMessage: 'New job' },
  edit: { id: 'Edit {job}', defaultMessage: 'Edit {job}' },
  editShort: { id: 'Edit', defaultMessage: 'Edit' },
  delete: { id: 'Delete', defaultMessage: 'Delete' },
  deleteJob: { id: 'Delete {job}', defaultMessage: 'Delete {job}' },
  confirmDelete: {
    id: 'Delete this job? You lose the access that its functions give.',
    defaultMessage:
      'Delete this job? You lose the access that its functions give.',
  },
  confirm: { id: 'Yes, delete it', defaultMessage: 'Yes, delete it' },
  cancel: { id: 'Cancel', defaultMessage: 'Cancel' },
  deleting: { id: 'Deleting…', defaultMessage: 'Deleting…' },
  saved: { id: 'The job is saved.', defaultMessage: 'The job is saved.' },
  deleted: { id: 'The job is deleted.', defaultMessage: 'The job is deleted.' },
  public: {
    id: 'shown to all workers',
    defaultMessage: 'shown to all workers',
  },
  private: { id: 'not shown', defaultMessage: 'not shown' },
  email: { id: 'Email', defaultMessage: 'Email' },
  phone: { id: 'Phone', defaultMessage: 'Phone' },
  mobile: { id: 'Mobile (GSM)', defaultMessage: 'Mobile (GSM)' },
});

export const JOBS_KEY = 'my-jobs';

/** `@search` of the jobs of the worker at `workerPath`, in full. */
export const jobsPath = (workerPath) =>
  `${workerPath}/@search${toQueryString({
    portal_type: 'Job',
    fullobjects: 1,
    sort_on: 'getObjPositionInParent',
  })}`;

/** One job: workplace, functions and contacts, with its buttons. */
const JobItem = ({ job, complementLabel, onEdit, onDelete, deleting }) => {
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const title = job.workplace_title || job.title;
  return (
    <li className="fmm-job">
      <h2>{title}</h2>
      <ul className="fmm-functions">
        {(job.functions || []).map((entry, index) => (
          <li key={index}>
            {job.function_titles?.[index] || entry.function}
            {entry.complement && ` (${complementLabel(entry.complement)})`}
            {entry.speciality && ` – ${entry.speciality}`}
          </li>
        ))}
      </ul>
      <dl className="fmm-details">
        {['email', 'phone', 'mobile']
          .filter((key) => job[key])
          .map((key) => (
            <div key={key}>
              <dt>{intl.formatMessage(messages[key])}</dt>
              <dd>
                {job[key]} (
                {intl.formatMessage(
                  job[`${key}_public`] ? messages.public : messages.private,
                )}
                )
              </dd>
            </div>
          ))}
      </dl>
      {confirming ? (
        <div className="fmm-confirm" role="group" aria-label={title}>
          <p>{intl.formatMessage(messages.confirmDelete)}</p>
          <Button
            type="button"
            negative
            loading={deleting}
            disabled={deleting}
            onClick={onDelete}
          >
            {intl.formatMessage(messages.confirm)}
          </Button>
          <Button type="button" basic onClick={() => setConfirming(false)}>
            {intl.formatMessage(messages.cancel)}
          </Button>
        </div>
      ) : (
        <div className="fmm-job-actions">
          <Button
            type="button"
            basic
            aria-label={intl.formatMessage(messages.edit, { job: title })}
            onClick={onEdit}
          >
            {intl.formatMessage(messages.editShort)}
          </Button>
          <Button
            type="button"
            basic
            aria-label={intl.formatMessage(messages.deleteJob, { job: title })}
            onClick={() => setConfirming(true)}
          >
            {intl.formatMessage(messages.delete)}
          </Button>
        </div>
      )}
    </li>
  );
};

JobItem.propTypes = {
  job: PropTypes.object.isRequired,
  complementLabel: PropTypes.func.isRequired,
  onEdit: PropTypes.func.isRequired,
  onDelete: PropTypes.func.isRequired,
  deleting: PropTypes.bool.isRequired,
};

/**
 * "Mes emplois" (`/mes-emplois`): the worker's jobs, each editable and
 * deletable, and a form to add one. Any change refreshes the list and the
 * shortcut buttons (functions decide the sectoral groups).
 */
const JobsPage = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const profile = useService(PROFILE_KEY, PROFILE_PATH);
  const workerPath = profile.data ? flattenToAppURL(profile.data['@id']) : null;
  const listPath = workerPath && jobsPath(workerPath);
  const jobs = useService(JOBS_KEY, listPath);
  const complements = useVocabulary('fmm_extranet.FunctionComplements');
  const removal = useServiceCall();
  const [editing, setEditing] = useState(null);
  const [deletingId, setDeletingId] = useState(null);
  const [notice, setNotice] = useState('');

  const refresh = (message) => {
    setEditing(null);
    setNotice(intl.formatMessage(message));
    jobs.retry();
    dispatch(getService(SHORTCUTS_KEY, SHORTCUTS_PATH));
  };
  const remove = (job) => () => {
    setDeletingId(job['@id']);
    setNotice('');
    removal.call('del', flattenToAppURL(job['@id'])).then(({ ok }) => {
      setDeletingId(null);
      if (ok) {
        refresh(messages.deleted);
      }
    });
  };
  const form = (job) => (
    <JobForm
      job={job}
      workerPath={workerPath}
      onSaved={() => refresh(messages.saved)}
      onCancel={() => setEditing(null)}
    />
  );
  const items = jobs.data?.items || [];

  return (
    <ProfileLayout
      section="jobs"
      description={intl.formatMessage(messages.intro)}
    >
      <RequestStatus
        loading={profile.loading || jobs.loading}
        error={profile.error || jobs.error}
      />
      <p role="status" className="fmm-notice-live">
        {notice}
      </p>
      <FormErrors error={removal.error} />
      {jobs.loaded && items.length === 0 && (
        <Message info>{intl.formatMessage(messages.noJob)}</Message>
      )}
      <ul className="fmm-jobs fmm-my-jobs">
        {items.map((job) =>
          editing === job['@id'] ? (
            <li key={job['@id']} className="fmm-job">
              <h2>
                {intl.formatMessage(messages.edit, {
                  job: job.workplace_title || job.title,
                })}
              </h2>
              {form(job)}
            </li>
          ) : (
            <JobItem
              key={job['@id']}
              job={job}
              complementLabel={complements.labelOf}
              onEdit={() => {
                setNotice('');
                setEditing(job['@id']);
              }}
              onDelete={remove(job)}
              deleting={deletingId === job['@id']}
            />
          ),
        )}
      </ul>
      {workerPath &&
        (editing === 'new' ? (
          <section
            className="fmm-job fmm-new-job"
            aria-labelledby="new-job-heading"
          >
            <h2 id="new-job-heading">{intl.formatMessage(messages.newJob)}</h2>
            {form(null)}
          </section>
        ) : (
          <Button
            type="button"
            primary
            onClick={() => {
              setNotice('');
              setEditing('new');
            }}
          >
            {intl.formatMessage(messages.add)}
          </Button>
        ))}
    </ProfileLayout>
  );
};

export default withLogin(JobsPage);
