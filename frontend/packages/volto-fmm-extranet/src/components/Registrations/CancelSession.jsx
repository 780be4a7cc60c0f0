import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import FormErrors from '../Core/Form/FormErrors';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  title: { id: 'Cancel this session', defaultMessage: 'Cancel this session' },
  help: {
    id: 'Every confirmed and waiting person is told by email at once; registration closes and the activity shows as cancelled.',
    defaultMessage:
      'Every confirmed and waiting person is told by email at once; registration closes and the activity shows as cancelled.',
  },
  confirm: {
    id: 'Cancel the session for good? This cannot be undone.',
    defaultMessage: 'Cancel the session for good? This cannot be undone.',
  },
  yes: {
    id: 'Yes, cancel the session',
    defaultMessage: 'Yes, cancel the session',
  },
  no: { id: 'No, keep it', defaultMessage: 'No, keep it' },
  cancelling: { id: 'Cancelling…', defaultMessage: 'Cancelling…' },
  cancelled: {
    id: '{count, plural, =0 {Session cancelled.} one {Session cancelled: # person told.} other {Session cancelled: # people told.}}',
    defaultMessage:
      '{count, plural, =0 {Session cancelled.} one {Session cancelled: # person told.} other {Session cancelled: # people told.}}',
  },
});

/** "Annuler cette session", confirmed in a dialog (`POST @registrations/cancel-session`). */
const CancelSession = ({ path, cancelled, onCancelled }) => {
  const intl = useIntl();
  const { call, loading, error } = useServiceCall();
  const [asking, setAsking] = useState(false);
  const [told, setTold] = useState(null);
  const question = useRef(null);
  const opener = useRef(null);

  useEffect(() => {
    if (asking) {
      question.current?.focus();
    }
  }, [asking]);

  const close = () => {
    setAsking(false);
    setTimeout(() => opener.current?.focus(), 0);
  };

  return (
    <section
      className="fmm-cancel-session"
      aria-labelledby="fmm-cancel-session-title"
    >
      <h2 id="fmm-cancel-session-title">
        {intl.formatMessage(messages.title)}
      </h2>
      {!cancelled && <p>{intl.formatMessage(messages.help)}</p>}
      {!asking && !cancelled && (
        <button
          type="button"
          ref={opener}
          className="ui button negative basic fmm-cancel-session-open"
          onClick={() => setAsking(true)}
        >
          {intl.formatMessage(messages.title)}
        </button>
      )}
      {asking && (
        <div
          role="alertdialog"
          aria-labelledby="fmm-cancel-session-question"
          className="fmm-confirm"
        >
          <p id="fmm-cancel-session-question" tabIndex={-1} ref={question}>
            {intl.formatMessage(messages.confirm)}
          </p>
          <Button
            type="button"
            negative
            loading={loading}
            disabled={loading}
            onClick={() =>
              call('post', `${path}/@registrations/cancel-session`, {}).then(
                ({ ok, result }) => {
                  if (ok) {
                    setTold(result.told);
                    setAsking(false);
                    onCancelled();
                  }
                },
              )
            }
          >
            {intl.formatMessage(messages.yes)}
          </Button>
          <Button type="button" disabled={loading} onClick={close}>
            {intl.formatMessage(messages.no)}
          </Button>
        </div>
      )}
      <FormErrors error={error} />
      <p role="status">
        {loading && intl.formatMessage(messages.cancelling)}
        {told !== null &&
          intl.formatMessage(messages.cancelled, { count: told })}
      </p>
    </section>
  );
};

CancelSession.propTypes = {
  path: PropTypes.string.isRequired,
  cancelled: PropTypes.bool.isRequired,
  onCancelled: PropTypes.func.isRequired,
};

export default CancelSession;
