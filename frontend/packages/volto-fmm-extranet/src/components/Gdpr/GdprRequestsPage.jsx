import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import FormErrors from '../Core/Form/FormErrors';
import StepForm from '../Core/Form/StepForm';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import Page from '../Core/Listing/Page';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import { formatDate } from '../../helpers/dates';
import useServiceCall from '../../helpers/useServiceCall';
import { RequestState } from './MyRequests';
import TextareaField from './TextareaField';
import sharedMessages, { kindMessage } from './messages';

const messages = defineMessages({
  title: { id: 'GDPR requests', defaultMessage: 'GDPR requests' },
  intro: {
    id: 'Objections and erasure requests of the workers, those awaiting an answer first. The GDPR gives 30 days to answer; the worker is mailed the decision.',
    defaultMessage:
      'Objections and erasure requests of the workers, those awaiting an answer first. The GDPR gives 30 days to answer; the worker is mailed the decision.',
  },
  received: { id: 'Received', defaultMessage: 'Received' },
  deadline: { id: 'Deadline', defaultMessage: 'Deadline' },
  request: { id: 'Request', defaultMessage: 'Request' },
  worker: { id: 'Worker', defaultMessage: 'Worker' },
  decision: { id: 'Decision', defaultMessage: 'Decision' },
  overdue: { id: 'overdue', defaultMessage: 'overdue' },
  erased: {
    id: 'former worker (data erased)',
    defaultMessage: 'former worker (data erased)',
  },
  execute: { id: 'Execute', defaultMessage: 'Execute' },
  refuse: { id: 'Refuse', defaultMessage: 'Refuse' },
  confirmErasure: {
    id: "Erase this worker's personal data and close their account? This cannot be undone.",
    defaultMessage:
      "Erase this worker's personal data and close their account? This cannot be undone.",
  },
  confirmObjection: {
    id: 'Confirm this objection? The worker stays out of the directory, newsletters and digests.',
    defaultMessage:
      'Confirm this objection? The worker stays out of the directory, newsletters and digests.',
  },
  confirm: { id: 'Confirm', defaultMessage: 'Confirm' },
  cancel: { id: 'Cancel', defaultMessage: 'Cancel' },
  reason: {
    id: 'Reason of the refusal (mailed to the worker)',
    defaultMessage: 'Reason of the refusal (mailed to the worker)',
  },
  sendRefusal: { id: 'Send the refusal', defaultMessage: 'Send the refusal' },
  none: { id: 'No request.', defaultMessage: 'No request.' },
  forbidden: {
    id: 'Only administrators see the GDPR requests.',
    defaultMessage: 'Only administrators see the GDPR requests.',
  },
  failed: {
    id: 'The decision could not be saved. Please try again later.',
    defaultMessage: 'The decision could not be saved. Please try again later.',
  },
});

export const KEY = 'gdpr-requests';
export const PATH = '/@gdpr-requests';

/**
 * What an administrator does with a pending request: execute it (after a
 * confirmation) or refuse it with a reason; then the list is read again.
 */
const Decision = ({ request, onDecided }) => {
  const intl = useIntl();
  const [step, setStep] = useState(null);
  const [reason, setReason] = useState('');
  const { loading, error, call } = useServiceCall();
  const id = `gdpr-${request.id}`;
  const decide = (action, data) =>
    call('post', `${PATH}/${request.id}/${action}`, data).then(
      ({ ok }) => ok && onDecided(),
    );
  const errors = (
    <FormErrors
      error={error}
      fallback={intl.formatMessage(messages.failed)}
      labels={{ reason: intl.formatMessage(messages.reason) }}
    />
  );
  const cancel = (
    <Button type="button" onClick={() => setStep(null)} disabled={loading}>
      {intl.formatMessage(messages.cancel)}
    </Button>
  );

  if (step === 'execute') {
    return (
      <StepForm
        submitLabel={intl.formatMessage(messages.confirm)}
        loading={loading}
        errors={errors}
        onSubmit={() => decide('execute')}
        cancel={cancel}
      >
        <p id={`${id}-confirm`}>
          {intl.formatMessage(
            request.kind === 'erasure'
              ? messages.confirmErasure
              : messages.confirmObjection,
          )}
        </p>
      </StepForm>
    );
  }
  if (step === 'refuse') {
    return (
      <StepForm
        submitLabel={intl.formatMessage(messages.sendRefusal)}
        loading={loading}
        errors={errors}
        onSubmit={() => decide('refuse', { reason })}
        cancel={cancel}
      >
        <TextareaField
          id={`${id}-reason`}
          label={intl.formatMessage(messages.reason)}
          required
          error={error?.fields.reason}
          value={reason}
          onChange={setReason}
        />
      </StepForm>
    );
  }
  return (
    <div className="fmm-gdpr-decision">
      <Button type="button" primary onClick={() => setStep('execute')}>
        {intl.formatMessage(messages.execute)}
      </Button>
      <Button type="button" onClick={() => setStep('refuse')}>
        {intl.formatMessage(messages.refuse)}
      </Button>
    </div>
  );
};

Decision.propTypes = {
  request: PropTypes.shape({ id: PropTypes.string, kind: PropTypes.string })
    .isRequired,
  onDecided: PropTypes.func.isRequired,
};

const WorkerCell = ({ worker }) => {
  const intl = useIntl();
  if (!worker || worker.erased) {
    return intl.formatMessage(messages.erased);
  }
  return (
    <>
      <UniversalLink href={worker['@id']}>{worker.title}</UniversalLink>
      {worker.workplaces && <div>{worker.workplaces}</div>}
    </>
  );
};

WorkerCell.propTypes = {
  worker: PropTypes.shape({
    '@id': PropTypes.string,
    title: PropTypes.string,
    workplaces: PropTypes.string,
    erased: PropTypes.bool,
  }),
};

WorkerCell.defaultProps = { worker: null };

/**
 * "Demandes RGPD" (`/demandes-rgpd`, administrators): every objection and
 * erasure request (`@gdpr-requests`) with its date and 30-day deadline,
 * those awaiting an answer first, to execute or refuse with a reason.
 */
const GdprRequestsPage = () => {
  const intl = useIntl();
  const { loading, error, data, retry } = useService(KEY, PATH);
  const items = data?.items || [];
  const status = error?.status;
  const date = (value) => formatDate(value, intl.locale);

  return (
    <Page
      id="page-gdpr-requests"
      className="fmm-gdpr-requests"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <RequestStatus
        loading={loading}
        error={error}
        errorMessage={
          status === 401 || status === 403
            ? intl.formatMessage(messages.forbidden)
            : null
        }
      />
      {data && items.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
      {items.length > 0 && (
        <table className="ui table fmm-gdpr-table">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.received)}</th>
              <th scope="col">{intl.formatMessage(messages.deadline)}</th>
              <th scope="col">{intl.formatMessage(messages.request)}</th>
              <th scope="col">{intl.formatMessage(messages.worker)}</th>
              <th scope="col">{intl.formatMessage(messages.decision)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((request) => (
              <tr
                key={request.id}
                className={request.overdue ? 'negative' : undefined}
              >
                <td>{date(request.date)}</td>
                <td>
                  {date(request.deadline)}
                  {request.overdue && (
                    <strong className="fmm-overdue">
                      {' '}
                      ({intl.formatMessage(messages.overdue)})
                    </strong>
                  )}
                </td>
                <td>
                  <strong>
                    {intl.formatMessage(kindMessage(request.kind))}
                  </strong>
                  <p>
                    {request.message ||
                      intl.formatMessage(sharedMessages.noMessage)}
                  </p>
                </td>
                <td>
                  <WorkerCell worker={request.worker} />
                </td>
                <td>
                  {request.status === 'pending' ? (
                    <Decision request={request} onDecided={retry} />
                  ) : (
                    <RequestState request={request} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
};

export default withLogin(GdprRequestsPage);
