import { defineMessages, useIntl } from 'react-intl';
import { useLocation } from 'react-router-dom';
import Page from '../Core/Listing/Page';
import SetPasswordForm, { tokenOf } from './SetPasswordForm';

const messages = defineMessages({
  title: { id: 'Activate my account', defaultMessage: 'Activate my account' },
  intro: {
    id: 'Welcome to the extranet of the medical houses! Choose your password to activate your account. You will then log in with your email address.',
    defaultMessage:
      'Welcome to the extranet of the medical houses! Choose your password to activate your account. You will then log in with your email address.',
  },
  submit: {
    id: 'Activate my account',
    defaultMessage: 'Activate my account',
  },
});

/**
 * Account activation (`/activer-mon-compte?token=…`, the link of the
 * approval or invitation email): the password, and maybe another email.
 */
const ActivationPage = () => {
  const intl = useIntl();
  const { search } = useLocation();
  return (
    <Page
      id="page-account-activation"
      className="fmm-account-page"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <SetPasswordForm
        token={tokenOf(search)}
        allowEmail
        askConsent
        submitLabel={intl.formatMessage(messages.submit)}
      />
    </Page>
  );
};

export default ActivationPage;
