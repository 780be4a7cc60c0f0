import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router-dom';
import { Button, Message } from 'semantic-ui-react';
import { InputField } from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import Page from '../Core/Listing/Page';
import SetPasswordForm, { tokenOf } from './SetPasswordForm';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  title: { id: 'Reset my password', defaultMessage: 'Reset my password' },
  requestIntro: {
    id: 'Enter the email address you log in with: you will receive an email with a link to choose a new password, valid 24 hours. Check your spam folder too.',
    defaultMessage:
      'Enter the email address you log in with: you will receive an email with a link to choose a new password, valid 24 hours. Check your spam folder too.',
  },
  email: { id: 'Email', defaultMessage: 'Email' },
  send: { id: 'Send me a link', defaultMessage: 'Send me a link' },
  sent: {
    id: 'If an active account uses this address, an email is on its way.',
    defaultMessage:
      'If an active account uses this address, an email is on its way.',
  },
  newTitle: {
    id: 'Choose a new password',
    defaultMessage: 'Choose a new password',
  },
  save: { id: 'Save my password', defaultMessage: 'Save my password' },
  newLink: {
    id: 'Ask for a new link',
    defaultMessage: 'Ask for a new link',
  },
});

export const RESET_PATH = '/nouveau-mot-de-passe';

/** The request of a new-password link by email (`@password-reset`). */
const ResetRequestForm = () => {
  const intl = useIntl();
  const [email, setEmail] = useState('');
  const { loading, done, error, data, call } = useServiceCall();
  if (done) {
    return (
      <Message positive role="status">
        {data?.message || intl.formatMessage(messages.sent)}
      </Message>
    );
  }
  const label = intl.formatMessage(messages.email);
  return (
    <form
      className="ui form fmm-account-form"
      aria-busy={loading}
      onSubmit={(event) => {
        event.preventDefault();
        call('post', '/@password-reset', { email });
      }}
    >
      <FormErrors error={error} labels={{ email: label }} />
      <InputField
        id="reset-email"
        type="email"
        autoComplete="email"
        required
        label={label}
        error={error?.fields.email}
        value={email}
        onChange={setEmail}
      />
      <Button type="submit" primary loading={loading} disabled={loading}>
        {intl.formatMessage(messages.send)}
      </Button>
    </form>
  );
};

/**
 * Password reset: without a token (`/nouveau-mot-de-passe`, also Volto's
 * `/passwordreset` of the login page), the request of a link by email; with
 * the token of that link, the choice of the new password.
 */
const PasswordResetPage = () => {
  const intl = useIntl();
  const { search } = useLocation();
  const token = tokenOf(search);
  return (
    <Page
      id="page-password-reset"
      className="fmm-account-page"
      title={intl.formatMessage(token ? messages.newTitle : messages.title)}
      description={token ? null : intl.formatMessage(messages.requestIntro)}
    >
      {token ? (
        <>
          <SetPasswordForm
            token={token}
            submitLabel={intl.formatMessage(messages.save)}
          />
          <p className="fmm-account-more">
            <Link to={RESET_PATH}>{intl.formatMessage(messages.newLink)}</Link>
          </p>
        </>
      ) : (
        <ResetRequestForm />
      )}
    </Page>
  );
};

export default PasswordResetPage;
