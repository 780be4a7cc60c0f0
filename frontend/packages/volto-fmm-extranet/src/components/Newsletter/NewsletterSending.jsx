import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import DateTime from '../Core/Listing/DateTime';
import FormErrors from '../Core/Form/FormErrors';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import useServiceCall from '../../helpers/useServiceCall';

/** How often the progress of a sending is asked for (ms). */
export const POLL_MS = 3000;

const messages = defineMessages({
  title: { id: 'Prepare the sending', defaultMessage: 'Prepare the sending' },
  audience: {
    id: 'Recipients: {audience} ({count, plural, =0 {nobody} one {# person} other {# people}}).',
    defaultMessage:
      'Recipients: {audience} ({count, plural, =0 {nobody} one {# person} other {# people}}).',
  },
  preview: { id: 'Preview', defaultMessage: 'Preview' },
  hidePreview: { id: 'Hide the preview', defaultMessage: 'Hide the preview' },
  previewTitle: {
    id: 'Preview of the mail: {subject}',
    defaultMessage: 'Preview of the mail: {subject}',
  },
  previewHelp: {
    id: 'The mail as you would receive it: each recipient only sees the items they may open.',
    defaultMessage:
      'The mail as you would receive it: each recipient only sees the items they may open.',
  },
  test: { id: 'Send me a test', defaultMessage: 'Send me a test' },
  testing: { id: 'Sending the test…', defaultMessage: 'Sending the test…' },
  send: {
    id: '{count, plural, one {Send to # recipient} other {Send to # recipients}}',
    defaultMessage:
      '{count, plural, one {Send to # recipient} other {Send to # recipients}}',
  },
  confirm: {
    id: '{count, plural, one {Send the newsletter to # recipient now? A sending cannot be stopped.} other {Send the newsletter to # recipients now? A sending cannot be stopped.}}',
    defaultMessage:
      '{count, plural, one {Send the newsletter to # recipient now? A sending cannot be stopped.} other {Send the newsletter to # recipients now? A sending cannot be stopped.}}',
  },
  yes: { id: 'Yes, send it', defaultMessage: 'Yes, send it' },
  no: { id: 'No, not yet', defaultMessage: 'No, not yet' },
  progressLabel: {
    id: 'Sending progress',
    defaultMessage: 'Sending progress',
  },
  progress: {
    id: '{sent} / {total} sent',
    defaultMessage: '{sent} / {total} sent',
  },
  sending: {
    id: 'Sending in progress: the mails leave in batches, you may leave this page.',
    defaultMessage:
      'Sending in progress: the mails leave in batches, you may leave this page.',
  },
  sent: {
    id: '{count, plural, one {Sent on {date} to # recipient.} other {Sent on {date} to # recipients.}}',
    defaultMessage:
      '{count, plural, one {Sent on {date} to # recipient.} other {Sent on {date} to # recipients.}}',
  },
});

/** A question answered before an action that cannot be undone. */
const Confirm = ({ id, question, yes, no, loading, onYes, onNo }) => {
  const focused = useRef(null);
  useEffect(() => focused.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={id} className="fmm-confirm">
      <p id={id} tabIndex={-1} ref={focused}>
        {question}
      </p>
      <Button
        type="button"
        primary
        loading={loading}
        disabled={loading}
        onClick={onYes}
      >
        {yes}
      </Button>
      <Button type="button" disabled={loading} onClick={onNo}>
        {no}
      </Button>
    </div>
  );
};

Confirm.propTypes = {
  id: PropTypes.string.isRequired,
  question: PropTypes.string.isRequired,
  yes: PropTypes.string.isRequired,
  no: PropTypes.string.isRequired,
  loading: PropTypes.bool.isRequired,
  onYes: PropTypes.func.isRequired,
  onNo: PropTypes.func.isRequired,
};

/** Progress of a sending (`sent` of `total`), told politely as it moves. */
const SendingProgress = ({ sent, total }) => {
  const intl = useIntl();
  return (
    <div className="fmm-newsletter-progress">
      <p>{intl.formatMessage(messages.sending)}</p>
      <progress
        max={total}
        value={sent}
        aria-label={intl.formatMessage(messages.progressLabel)}
      />
      <p aria-live="polite">
        {intl.formatMessage(messages.progress, { sent, total })}
      </p>
    </div>
  );
};

SendingProgress.propTypes = {
  sent: PropTypes.number.isRequired,
  total: PropTypes.number.isRequired,
};

/** The mail's HTML in a sandboxed frame (no script, no form, no navigation). */
const Preview = ({ path }) => {
  const intl = useIntl();
  const { data, loading, error } = useService(
    `newsletter-preview-${path}`,
    `${path}/@newsletter/preview`,
  );
  return (
    <div className="fmm-newsletter-preview">
      <RequestStatus loading={loading} error={error} />
      {data && (
        <>
          <p>{intl.formatMessage(messages.previewHelp)}</p>
          <iframe
            sandbox=""
            srcDoc={data.html}
            title={intl.formatMessage(messages.previewTitle, {
              subject: data.subject,
            })}
          />
        </>
      )}
    </div>
  );
};

Preview.propTypes = {
  path: PropTypes.string.isRequired,
};

/**
 * "Préparer l'envoi" of a newsletter, for those who may send it (`GET
 * @newsletter` answers them; 401/403 to the others, who see nothing):
 * audience, preview, a test to oneself, then the sending, confirmed, whose
 * progress is asked for every few seconds until it is sent.
 */
const NewsletterSending = ({ path }) => {
  const intl = useIntl();
  const { data, error, retry } = useService(
    `newsletter-${path}`,
    `${path}/@newsletter`,
  );
  const [previewing, setPreviewing] = useState(false);
  const [asking, setAsking] = useState(false);
  const test = useServiceCall();
  const send = useServiceCall();
  const opener = useRef(null);
  const state = data?.state;

  useEffect(() => {
    if (state !== 'sending') {
      return undefined;
    }
    const timer = setInterval(retry, POLL_MS);
    return () => clearInterval(timer);
  }, [state, retry]);

  if (!data) {
    return error && ![401, 403].includes(error.status) ? (
      <RequestStatus error={error} />
    ) : null;
  }
  const closeQuestion = () => {
    setAsking(false);
    setTimeout(() => opener.current?.focus(), 0);
  };
  const startSending = () =>
    send.call('post', `${path}/@newsletter/send`, {}).then(({ ok }) => {
      setAsking(false);
      if (ok) {
        retry();
      }
    });
  const { count } = data.audience;

  return (
    <section
      className="fmm-newsletter-sending"
      aria-labelledby="fmm-newsletter-sending-title"
    >
      <h2 id="fmm-newsletter-sending-title">
        {intl.formatMessage(messages.title)}
      </h2>
      <p>
        {intl.formatMessage(messages.audience, {
          audience: data.audience.title,
          count,
        })}
      </p>
      {state === 'draft' && (
        <>
          <div className="fmm-newsletter-actions">
            <Button
              type="button"
              aria-expanded={previewing}
              onClick={() => setPreviewing(!previewing)}
            >
              {intl.formatMessage(
                previewing ? messages.hidePreview : messages.preview,
              )}
            </Button>
            <Button
              type="button"
              loading={test.loading}
              disabled={test.loading}
              onClick={() => test.call('post', `${path}/@newsletter/test`, {})}
            >
              {intl.formatMessage(messages.test)}
            </Button>
            {!asking && (
              <button
                type="button"
                ref={opener}
                className="ui primary button"
                disabled={count === 0}
                onClick={() => setAsking(true)}
              >
                {intl.formatMessage(messages.send, { count })}
              </button>
            )}
          </div>
          {asking && (
            <Confirm
              id="fmm-newsletter-send-question"
              question={intl.formatMessage(messages.confirm, { count })}
              yes={intl.formatMessage(messages.yes)}
              no={intl.formatMessage(messages.no)}
              loading={send.loading}
              onYes={startSending}
              onNo={closeQuestion}
            />
          )}
          <FormErrors error={test.error || send.error} />
          <p role="status">
            {test.loading && intl.formatMessage(messages.testing)}
            {test.done && test.data?.message}
          </p>
          {previewing && <Preview path={path} />}
        </>
      )}
      {state === 'sending' && (
        <SendingProgress sent={data.sent} total={data.total} />
      )}
      {state === 'sent' && (
        <p role="status" className="fmm-notice">
          {intl.formatMessage(messages.sent, {
            count: data.total,
            date: <DateTime key="date" date={data.finished} includeTime />,
          })}
        </p>
      )}
    </section>
  );
};

NewsletterSending.propTypes = {
  path: PropTypes.string.isRequired,
};

export default NewsletterSending;
