import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Button, Message } from 'semantic-ui-react';
import { CheckboxField, InputField } from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import NewPasswordFields, { newPasswordLabel } from './NewPasswordFields';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  changeEmail: {
    id: 'Log in with another email address',
    defaultMessage: 'Log in with another email address',
  },
  email: {
    id: 'New email address',
    defaultMessage: 'New email address',
  },
  emailHelp: {
    id: 'It replaces the address this email was sent to, for logging in and for the mails of the extranet.',
    defaultMessage:
      'It replaces the address this email was sent to, for logging in and for the mails of the extranet.',
  },
  saved: {
    id: 'Your password is saved.',
    defaultMessage: 'Your password is saved.',
  },
  login: {
    id: 'You log in with: {login}',
    defaultMessage: 'You log in with: {login}',
  },
  goToLogin: { id: 'Log in', defaultMessage: 'Log in' },
  consent: {
    id: 'I agree that the federation processes my data to manage my access to the extranet (required when your team added you).',
    defaultMessage:
      'I agree that the federation processes my data to manage my access to the extranet (required when your team added you).',
  },
  noToken: {
    id: 'This page only works through the link of the email you received.',
    defaultMessage:
      'This page only works through the link of the email you received.',
  },
});

/**
 * Choosing a password from the one-time link of an email
 * (`@account-activation` with its token): the password twice and, when
 * activating an account, maybe another email address to log in with.
 * Then says which address to log in with.
 */
const SetPasswordForm = ({
  token,
  allowEmail,
  askConsent,
  submitLabel,
  children,
}) => {
  const intl = useIntl();
  const [values, setValues] = useState({
    password: '',
    confirm: '',
    email: '',
  });
  const [changeEmail, setChangeEmail] = useState(false);
  const [consent, setConsent] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const { loading, done, error, data, call } = useServiceCall();
  const set = (key) => (value) => setValues({ ...values, [key]: value });
  const problems = error?.fields || {};

  if (!token) {
    return (
      <Message warning role="alert">
        {intl.formatMessage(messages.noToken)}
      </Message>
    );
  }
  if (done) {
    return (
      <>
        <Message positive role="status">
          <p>{data?.message || intl.formatMessage(messages.saved)}</p>
          {data?.login && (
            <p>{intl.formatMessage(messages.login, { login: data.login })}</p>
          )}
        </Message>
        <Link to="/login" className="ui primary button">
          {intl.formatMessage(messages.goToLogin)}
        </Link>
      </>
    );
  }

  const onSubmit = (event) => {
    event.preventDefault();
    const different = values.password !== values.confirm;
    setMismatch(different);
    if (!different) {
      call('post', '/@account-activation', {
        token,
        password: values.password,
        ...(changeEmail && values.email ? { email: values.email } : {}),
        ...(askConsent && consent ? { consent: true } : {}),
      });
    }
  };
  const labels = {
    password: intl.formatMessage(newPasswordLabel),
    email: intl.formatMessage(messages.email),
  };

  return (
    <form
      className="ui form fmm-account-form"
      onSubmit={onSubmit}
      aria-busy={loading}
    >
      <FormErrors error={error} labels={labels} />
      {children}
      {allowEmail && (
        <>
          <CheckboxField
            id="account-change-email"
            label={intl.formatMessage(messages.changeEmail)}
            checked={changeEmail}
            onChange={setChangeEmail}
          />
          {changeEmail && (
            <InputField
              id="account-email"
              type="email"
              autoComplete="email"
              required
              label={labels.email}
              help={intl.formatMessage(messages.emailHelp)}
              error={problems.email}
              value={values.email}
              onChange={set('email')}
            />
          )}
        </>
      )}
      <NewPasswordFields
        idPrefix="account-password"
        values={values}
        set={set}
        error={problems.password}
        mismatch={mismatch}
      />
      {askConsent && (
        <CheckboxField
          id="account-consent"
          label={intl.formatMessage(messages.consent)}
          checked={consent}
          onChange={setConsent}
        />
      )}
      {askConsent && problems.consent && (
        <small className="fmm-field-error">{problems.consent}</small>
      )}
      <Button type="submit" primary loading={loading} disabled={loading}>
        {submitLabel}
      </Button>
    </form>
  );
};

SetPasswordForm.propTypes = {
  token: PropTypes.string,
  allowEmail: PropTypes.bool,
  askConsent: PropTypes.bool,
  submitLabel: PropTypes.string.isRequired,
  children: PropTypes.node,
};

SetPasswordForm.defaultProps = {
  token: null,
  allowEmail: false,
  askConsent: false,
  children: null,
};

/** The `token` parameter of the page's URL (the link of the email). */
export const tokenOf = (search) => new URLSearchParams(search).get('token');

export default SetPasswordForm;
