import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';
import TextareaField from '../Gdpr/TextareaField';
import useServiceCall from '../../helpers/useServiceCall';
import './Helpdesk.less';

const messages = defineMessages({
  message: { id: 'Your message', defaultMessage: 'Your message' },
  send: { id: 'Send', defaultMessage: 'Send' },
  sending: { id: 'Sending…', defaultMessage: 'Sending…' },
  failed: {
    id: 'The message could not be sent.',
    defaultMessage: 'The message could not be sent.',
  },
});

/**
 * A message written to someone through the extranet: `POST path` with
 * `{message, ...fields}`; `children` render the other fields (given their
 * errors). Once sent, the backend's confirmation replaces the form.
 */
const MessageForm = ({ id, path, fields, labels, help, children }) => {
  const intl = useIntl();
  const [message, setMessage] = useState('');
  const sending = useServiceCall();
  const errors = sending.error?.fields || {};

  const send = (event) => {
    event.preventDefault();
    sending.call('post', path, { ...fields, message });
  };

  if (sending.done) {
    return (
      <p role="status" className="fmm-notice">
        {sending.data?.message}
      </p>
    );
  }
  return (
    <form id={id} className="ui form fmm-message-form" onSubmit={send}>
      <FormErrors
        error={sending.error}
        fallback={intl.formatMessage(messages.failed)}
        labels={{ message: intl.formatMessage(messages.message), ...labels }}
      />
      {children && children(errors)}
      <TextareaField
        id={`${id}-message`}
        label={intl.formatMessage(messages.message)}
        help={help}
        error={errors.message}
        required
        maxLength={5000}
        value={message}
        onChange={setMessage}
      />
      <SubmitBar
        label={intl.formatMessage(messages.send)}
        loading={sending.loading}
        busyMessage={intl.formatMessage(messages.sending)}
      />
    </form>
  );
};

MessageForm.propTypes = {
  id: PropTypes.string.isRequired,
  path: PropTypes.string.isRequired,
  fields: PropTypes.object,
  labels: PropTypes.object,
  help: PropTypes.node,
  children: PropTypes.func,
};

MessageForm.defaultProps = {
  fields: {},
  labels: {},
  help: null,
  children: null,
};

export default MessageForm;
