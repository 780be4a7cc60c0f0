import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { CheckboxField, InputField } from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';
import TextareaField from '../Gdpr/TextareaField';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  title: {
    id: 'Write to the participants',
    defaultMessage: 'Write to the participants',
  },
  help: {
    id: 'Each person receives their own email from the extranet’s address: nobody sees the others’ addresses.',
    defaultMessage:
      'Each person receives their own email from the extranet’s address: nobody sees the others’ addresses.',
  },
  subject: { id: 'Subject', defaultMessage: 'Subject' },
  message: { id: 'Message', defaultMessage: 'Message' },
  to: { id: 'Recipients', defaultMessage: 'Recipients' },
  confirmed: {
    id: 'Confirmed participants',
    defaultMessage: 'Confirmed participants',
  },
  waiting: { id: 'The waiting list', defaultMessage: 'The waiting list' },
  send: { id: 'Send the message', defaultMessage: 'Send the message' },
  sending: { id: 'Sending…', defaultMessage: 'Sending…' },
  sent: {
    id: '{count, plural, =0 {Nobody to write to.} one {Message sent to # person.} other {Message sent to # people.}}',
    defaultMessage:
      '{count, plural, =0 {Nobody to write to.} one {Message sent to # person.} other {Message sent to # people.}}',
  },
});

/** "Écrire aux participants": a subject and a message, to the confirmed
 * participants and/or the waiting list (`POST @registrations/message`). */
const MessageParticipants = ({ path }) => {
  const intl = useIntl();
  const { call, loading, done, data, error } = useServiceCall();
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [to, setTo] = useState(['confirmed']);
  const fields = error?.fields || {};
  const toggle = (state, value) =>
    setTo((current) =>
      value ? [...current, state] : current.filter((s) => s !== state),
    );

  return (
    <section
      className="fmm-message-participants"
      aria-labelledby="fmm-message-title"
    >
      <h2 id="fmm-message-title">{intl.formatMessage(messages.title)}</h2>
      <p>{intl.formatMessage(messages.help)}</p>
      <form
        className="ui form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          call('post', `${path}/@registrations/message`, {
            subject,
            message: text,
            to,
          }).then(({ ok }) => {
            if (ok) {
              setSubject('');
              setText('');
            }
          });
        }}
      >
        <InputField
          id="fmm-message-subject"
          label={intl.formatMessage(messages.subject)}
          required
          value={subject}
          error={fields.subject}
          onChange={setSubject}
        />
        <TextareaField
          id="fmm-message-text"
          label={intl.formatMessage(messages.message)}
          required
          value={text}
          error={fields.message}
          onChange={setText}
        />
        <fieldset className="fmm-message-to">
          <legend>{intl.formatMessage(messages.to)}</legend>
          {['confirmed', 'waiting'].map((state) => (
            <CheckboxField
              key={state}
              id={`fmm-message-to-${state}`}
              label={intl.formatMessage(messages[state])}
              checked={to.includes(state)}
              onChange={(value) => toggle(state, value)}
            />
          ))}
          {fields.to && <small className="fmm-field-error">{fields.to}</small>}
        </fieldset>
        <FormErrors
          error={error}
          labels={{
            subject: intl.formatMessage(messages.subject),
            message: intl.formatMessage(messages.message),
            to: intl.formatMessage(messages.to),
          }}
        />
        <SubmitBar
          label={intl.formatMessage(messages.send)}
          loading={loading}
          done={done}
          busyMessage={intl.formatMessage(messages.sending)}
          doneMessage={
            done
              ? intl.formatMessage(messages.sent, { count: data?.sent || 0 })
              : null
          }
        />
      </form>
    </section>
  );
};

MessageParticipants.propTypes = { path: PropTypes.string.isRequired };

export default MessageParticipants;
