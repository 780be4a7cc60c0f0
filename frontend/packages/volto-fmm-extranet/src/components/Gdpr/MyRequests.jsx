import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button, Message } from 'semantic-ui-react';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';
import useService from '../Core/Listing/useService';
import { formatDate } from '../../helpers/dates';
import useServiceCall from '../../helpers/useServiceCall';
import TextareaField from './TextareaField';
import sharedMessages, { kindMessage } from './messages';

const messages = defineMessages({
  title: {
    id: 'Object or ask for erasure',
    defaultMessage: 'Object or ask for erasure',
  },
  intro: {
    id: 'Under the GDPR, you may object to the processing of your data or ask for their erasure. Your request goes to the project lead and to the coordinators of your intergroup, who answer by email within 30 days.',
    defaultMessage:
      'Under the GDPR, you may object to the processing of your data or ask for their erasure. Your request goes to the project lead and to the coordinators of your intergroup, who answer by email within 30 days.',
  },
  object: {
    id: 'Object to the processing',
    defaultMessage: 'Object to the processing',
  },
  erase: { id: 'Ask for erasure', defaultMessage: 'Ask for erasure' },
  objectionEffect: {
    id: 'As soon as you confirm, you no longer appear in the directory, and you will receive neither newsletters nor digests. You keep your access to the extranet.',
    defaultMessage:
      'As soon as you confirm, you no longer appear in the directory, and you will receive neither newsletters nor digests. You keep your access to the extranet.',
  },
  erasureEffect: {
    id: 'Once your request is executed, your personal data are erased and your account is closed: you will no longer be able to log in. What you published stays, without your name.',
    defaultMessage:
      'Once your request is executed, your personal data are erased and your account is closed: you will no longer be able to log in. What you published stays, without your name.',
  },
  messageLabel: {
    id: 'Message (optional)',
    defaultMessage: 'Message (optional)',
  },
  messageHelp: {
    id: 'Explain your request if you wish (at most 2000 characters).',
    defaultMessage:
      'Explain your request if you wish (at most 2000 characters).',
  },
  confirmObjection: {
    id: 'Confirm my objection',
    defaultMessage: 'Confirm my objection',
  },
  confirmErasure: {
    id: 'Confirm my erasure request',
    defaultMessage: 'Confirm my erasure request',
  },
  cancel: { id: 'Cancel', defaultMessage: 'Cancel' },
  sending: {
    id: 'Sending your request…',
    defaultMessage: 'Sending your request…',
  },
  failed: {
    id: 'Your request could not be sent. Please try again later.',
    defaultMessage: 'Your request could not be sent. Please try again later.',
  },
  yourRequests: { id: 'Your requests', defaultMessage: 'Your requests' },
  sent: {
    id: 'Your request is sent.',
    defaultMessage: 'Your request is sent.',
  },
});

export const MINE_KEY = 'my-gdpr-requests';
export const MINE_PATH = '/@gdpr-requests/mine';

/** The state of a request, in words: awaiting, executed or refused. */
export const RequestState = ({ request }) => {
  const intl = useIntl();
  const date = (value) => formatDate(value, intl.locale);
  if (request.status === 'executed') {
    return intl.formatMessage(sharedMessages.executed, {
      date: date(request.decided),
    });
  }
  if (request.status === 'refused') {
    return intl.formatMessage(sharedMessages.refused, {
      date: date(request.decided),
      reason: request.reason,
    });
  }
  return intl.formatMessage(sharedMessages.pending, {
    deadline: date(request.deadline),
  });
};

RequestState.propTypes = {
  request: PropTypes.shape({
    status: PropTypes.string,
    decided: PropTypes.string,
    deadline: PropTypes.string,
    reason: PropTypes.string,
  }).isRequired,
};

/** Whether a new request of `kind` may be sent, given the worker's requests. */
export const mayAsk = (kind, requests) =>
  !requests.some(
    (request) =>
      request.kind === kind &&
      (request.status === 'pending' ||
        (kind === 'objection' && request.status === 'executed')),
  );

/**
 * The confirmation of a request: what it does, an optional message, then
 * progress and the backend's answer.
 */
const RequestForm = ({ kind, onCancel, onSent }) => {
  const intl = useIntl();
  const [message, setMessage] = useState('');
  const { loading, error, call } = useServiceCall();
  const objection = kind === 'objection';
  return (
    <form
      className="ui form fmm-gdpr-request"
      aria-busy={loading}
      aria-labelledby={`gdpr-${kind}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        call('post', '/@gdpr-requests', { kind, message }).then(
          ({ ok, result }) => ok && onSent(result?.message),
        );
      }}
    >
      <h3 id={`gdpr-${kind}-title`}>{intl.formatMessage(kindMessage(kind))}</h3>
      <p>
        {intl.formatMessage(
          objection ? messages.objectionEffect : messages.erasureEffect,
        )}
      </p>
      <FormErrors
        error={error}
        fallback={intl.formatMessage(messages.failed)}
        labels={{ message: intl.formatMessage(messages.messageLabel) }}
      />
      <TextareaField
        id={`gdpr-${kind}-message`}
        label={intl.formatMessage(messages.messageLabel)}
        help={intl.formatMessage(messages.messageHelp)}
        error={error?.fields.message}
        value={message}
        onChange={setMessage}
      />
      <SubmitBar
        label={intl.formatMessage(
          objection ? messages.confirmObjection : messages.confirmErasure,
        )}
        loading={loading}
        busyMessage={intl.formatMessage(messages.sending)}
      >
        <Button type="button" onClick={onCancel} disabled={loading}>
          {intl.formatMessage(messages.cancel)}
        </Button>
      </SubmitBar>
    </form>
  );
};

RequestForm.propTypes = {
  kind: PropTypes.oneOf(['objection', 'erasure']).isRequired,
  onCancel: PropTypes.func.isRequired,
  onSent: PropTypes.func.isRequired,
};

/**
 * The worker's GDPR requests (`@gdpr-requests/mine`) and the buttons to
 * object to the processing or ask for erasure, each confirmed in a form.
 */
const MyRequests = () => {
  const intl = useIntl();
  const mine = useService(MINE_KEY, MINE_PATH);
  const [open, setOpen] = useState(null);
  const [answer, setAnswer] = useState(null);
  const requests = mine.data?.items || [];
  const actions = [
    { kind: 'objection', label: messages.object },
    { kind: 'erasure', label: messages.erase },
  ].filter(({ kind }) => mayAsk(kind, requests));

  return (
    <section className="fmm-gdpr-rights" aria-labelledby="gdpr-rights-title">
      <h2 id="gdpr-rights-title">{intl.formatMessage(messages.title)}</h2>
      <p>{intl.formatMessage(messages.intro)}</p>
      {requests.length > 0 && (
        <>
          <h3 id="gdpr-my-requests-title">
            {intl.formatMessage(messages.yourRequests)}
          </h3>
          <ul
            className="fmm-gdpr-my-requests"
            aria-labelledby="gdpr-my-requests-title"
          >
            {requests.map((request) => (
              <li key={request.id}>
                <strong>{intl.formatMessage(kindMessage(request.kind))}</strong>
                {' — '}
                {intl.formatMessage(sharedMessages.sentOn, {
                  date: formatDate(request.date, intl.locale),
                })}
                {' — '}
                <RequestState request={request} />
              </li>
            ))}
          </ul>
        </>
      )}
      {answer && (
        <Message positive role="status">
          {answer}
        </Message>
      )}
      {open ? (
        <RequestForm
          key={open}
          kind={open}
          onCancel={() => setOpen(null)}
          onSent={(text) => {
            setAnswer(text || intl.formatMessage(messages.sent));
            setOpen(null);
            mine.retry();
          }}
        />
      ) : (
        <div className="fmm-gdpr-actions">
          {actions.map(({ kind, label }) => (
            <Button key={kind} type="button" onClick={() => setOpen(kind)}>
              {intl.formatMessage(label)}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
};

export default MyRequests;
