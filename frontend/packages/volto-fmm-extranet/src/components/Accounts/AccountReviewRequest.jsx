import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';
import TextareaField from '../Gdpr/TextareaField';
import { formatDate } from '../../helpers/dates';
import useServiceCall from '../../helpers/useServiceCall';

export const messages = defineMessages({
  overdue: {
    id: 'Waiting for more than 48 hours',
    defaultMessage: 'Waiting for more than 48 hours',
  },
  email: { id: 'Email', defaultMessage: 'Email' },
  workplace: { id: 'Workplace', defaultMessage: 'Workplace' },
  functions: { id: 'Functions', defaultMessage: 'Functions' },
  requested: { id: 'Requested on', defaultMessage: 'Requested on' },
  notInList: {
    id: 'House not in the list: {remark}',
    defaultMessage: 'House not in the list: {remark}',
  },
  approve: { id: 'Approve', defaultMessage: 'Approve' },
  approveName: {
    id: 'Approve the request of {name}',
    defaultMessage: 'Approve the request of {name}',
  },
  reject: { id: 'Reject…', defaultMessage: 'Reject…' },
  rejectName: {
    id: 'Reject the request of {name}…',
    defaultMessage: 'Reject the request of {name}…',
  },
  reason: {
    id: 'Reason of the rejection, mailed to {name}',
    defaultMessage: 'Reason of the rejection, mailed to {name}',
  },
  sendRejection: {
    id: 'Send the rejection',
    defaultMessage: 'Send the rejection',
  },
  cancel: { id: 'Cancel', defaultMessage: 'Cancel' },
  approving: { id: 'Approving…', defaultMessage: 'Approving…' },
  rejecting: { id: 'Sending…', defaultMessage: 'Sending…' },
  failed: {
    id: 'The decision could not be saved. Please try again later.',
    defaultMessage: 'The decision could not be saved. Please try again later.',
  },
});

export const PATH = '/@account-requests';

/** "Camille Durand". */
export const nameOf = (request) =>
  `${request.first_name} ${request.last_name}`.trim();

/**
 * One account request, as an article headed by the person's name: email
 * (SPEC rule 8: reviewers see it), workplaces and functions, the remark of
 * a house not in the list, the date; approve it at once, or reject it with
 * a reason (the textarea takes the focus, Cancel gives it back). `onDecided`
 * receives the decision ('approved' or 'rejected') once it is saved.
 */
const AccountReviewRequest = ({ request, onDecided }) => {
  const intl = useIntl();
  const name = nameOf(request);
  const id = `account-request-${request.id}`;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [action, setAction] = useState(null);
  const rejectButton = useRef(null);
  const { loading, error, call, reset } = useServiceCall();

  const decide = (kind, data) => {
    setAction(kind);
    call('post', `${PATH}/${request.id}/${kind}`, data).then(
      ({ ok }) => ok && onDecided(kind === 'approve' ? 'approved' : 'rejected'),
    );
  };
  const cancel = () => {
    setRejecting(false);
    reset();
  };
  // Opening the rejection form focuses its reason; cancelling it focuses
  // the button that opened it.
  const opened = useRef(false);
  useEffect(() => {
    if (rejecting) {
      opened.current = true;
      document.getElementById(`${id}-reason`)?.focus();
    } else if (opened.current) {
      rejectButton.current?.focus();
    }
  }, [rejecting, id]);
  const reasonLabel = intl.formatMessage(messages.reason, { name });

  return (
    <article
      className={`fmm-account-request${request.overdue ? ' overdue' : ''}`}
      aria-labelledby={`${id}-name`}
      aria-busy={loading}
    >
      <h2 id={`${id}-name`}>{name}</h2>
      {request.overdue && (
        <p className="fmm-overdue-badge">
          <strong>{intl.formatMessage(messages.overdue)}</strong>
        </p>
      )}
      <dl className="fmm-account-request-details">
        <dt>{intl.formatMessage(messages.email)}</dt>
        <dd>
          <a href={`mailto:${request.email}`}>{request.email}</a>
        </dd>
        {request.jobs.map((job, index) => (
          // A request has one job per workplace, in their order.
          // eslint-disable-next-line react/no-array-index-key
          <div key={index} className="fmm-account-request-job">
            <dt>{intl.formatMessage(messages.workplace)}</dt>
            <dd>
              {job.workplace_title ||
                intl.formatMessage(messages.notInList, {
                  remark: request.workplace_remark || '?',
                })}
            </dd>
            <dt>{intl.formatMessage(messages.functions)}</dt>
            <dd>{job.functions.join(', ')}</dd>
          </div>
        ))}
        <dt>{intl.formatMessage(messages.requested)}</dt>
        <dd>
          <time dateTime={request.requested}>
            {formatDate(request.requested, intl.locale, true)}
          </time>
        </dd>
      </dl>
      <FormErrors
        error={error}
        fallback={intl.formatMessage(messages.failed)}
        labels={{ reason: reasonLabel }}
      />
      {rejecting ? (
        <form
          className="ui form"
          onSubmit={(event) => {
            event.preventDefault();
            decide('reject', { reason });
          }}
        >
          <TextareaField
            id={`${id}-reason`}
            label={reasonLabel}
            required
            error={error?.fields.reason}
            value={reason}
            onChange={setReason}
          />
          <SubmitBar
            label={intl.formatMessage(messages.sendRejection)}
            loading={loading}
            busyMessage={intl.formatMessage(messages.rejecting)}
          >
            <Button type="button" onClick={cancel} disabled={loading}>
              {intl.formatMessage(messages.cancel)}
            </Button>
          </SubmitBar>
        </form>
      ) : (
        <div className="fmm-account-request-actions">
          <Button
            type="button"
            primary
            loading={loading && action === 'approve'}
            disabled={loading}
            aria-label={intl.formatMessage(messages.approveName, { name })}
            onClick={() => decide('approve')}
          >
            {intl.formatMessage(messages.approve)}
          </Button>
          <button
            type="button"
            ref={rejectButton}
            className="ui button"
            disabled={loading}
            aria-label={intl.formatMessage(messages.rejectName, { name })}
            onClick={() => {
              reset();
              setRejecting(true);
            }}
          >
            {intl.formatMessage(messages.reject)}
          </button>
          <span role="status" className="fmm-submit-status">
            {loading ? intl.formatMessage(messages.approving) : ''}
          </span>
        </div>
      )}
    </article>
  );
};

AccountReviewRequest.propTypes = {
  request: PropTypes.shape({
    id: PropTypes.string.isRequired,
    first_name: PropTypes.string,
    last_name: PropTypes.string,
    email: PropTypes.string,
    jobs: PropTypes.arrayOf(
      PropTypes.shape({
        workplace_title: PropTypes.string,
        functions: PropTypes.arrayOf(PropTypes.string),
      }),
    ).isRequired,
    workplace_remark: PropTypes.string,
    requested: PropTypes.string,
    overdue: PropTypes.bool,
  }).isRequired,
  onDecided: PropTypes.func.isRequired,
};

export default AccountReviewRequest;
