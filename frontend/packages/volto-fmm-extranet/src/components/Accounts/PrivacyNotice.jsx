import { defineMessages, useIntl } from 'react-intl';

export const messages = defineMessages({
  summary: {
    id: 'Read the privacy notice',
    defaultMessage: 'Read the privacy notice',
  },
  what: {
    id: 'The Federation of medical houses processes your first and last names, email address, workplace and functions to check that you work in a member medical house or at the federation, to open your account and to give you access to the spaces of your functions and workplace.',
    defaultMessage:
      'The Federation of medical houses processes your first and last names, email address, workplace and functions to check that you work in a member medical house or at the federation, to open your account and to give you access to the spaces of your functions and workplace.',
  },
  who: {
    id: 'Your request is read by the coordinators of your intergroup and by the federation’s team. Your email address is shown to no other user.',
    defaultMessage:
      'Your request is read by the coordinators of your intergroup and by the federation’s team. Your email address is shown to no other user.',
  },
  rights: {
    id: 'Once your account is open, you may correct your profile and download your data (« Mes données ») at any time. When you leave the movement, your data are erased after the retention period set by the federation.',
    defaultMessage:
      'Once your account is open, you may correct your profile and download your data (« Mes données ») at any time. When you leave the movement, your data are erased after the retention period set by the federation.',
  },
});

/** The privacy notice the consent of the account request refers to. */
const PrivacyNotice = () => {
  const intl = useIntl();
  return (
    <details className="fmm-privacy-notice">
      <summary>{intl.formatMessage(messages.summary)}</summary>
      <p>{intl.formatMessage(messages.what)}</p>
      <p>{intl.formatMessage(messages.who)}</p>
      <p>{intl.formatMessage(messages.rights)}</p>
    </details>
  );
};

export default PrivacyNotice;
