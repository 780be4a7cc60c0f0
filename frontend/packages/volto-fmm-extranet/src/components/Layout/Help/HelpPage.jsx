import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import Faq from '../../Helpdesk/Faq';
import SupportForm from '../../Helpdesk/SupportForm';
import identity from '../Identity/identity';

const messages = defineMessages({
  title: { id: 'Help', defaultMessage: 'Help' },
  intro: {
    id: 'The extranet brings together the workers of the medical houses and of the federation: news, agenda, documents of your groups, trainings and tools.',
    defaultMessage:
      'The extranet brings together the workers of the medical houses and of the federation: news, agenda, documents of your groups, trainings and tools.',
  },
  account: { id: 'Your account', defaultMessage: 'Your account' },
  noAccount: {
    id: 'No account yet?',
    defaultMessage: 'No account yet?',
  },
  request: {
    id: 'Request an account',
    defaultMessage: 'Request an account',
  },
  forgotten: {
    id: 'Forgotten password?',
    defaultMessage: 'Forgotten password?',
  },
  reset: {
    id: 'Choose a new password',
    defaultMessage: 'Choose a new password',
  },
  login: {
    id: 'Your login is your email address.',
    defaultMessage: 'Your login is your email address.',
  },
  contact: { id: 'Who to ask', defaultMessage: 'Who to ask' },
  coordinators: {
    id: 'For a group, its documents or an activity: its coordinators, shown on the group’s page. For your account: the coordinators of your intergroup or the federation’s team, who read the account requests.',
    defaultMessage:
      'For a group, its documents or an activity: its coordinators, shown on the group’s page. For your account: the coordinators of your intergroup or the federation’s team, who read the account requests.',
  },
  privacy: {
    id: 'How the federation processes your data',
    defaultMessage: 'How the federation processes your data',
  },
});

/** "Aide" (`/aide`), open to every visitor: the ways in and who to ask. */
const HelpPage = () => {
  const intl = useIntl();
  const title = intl.formatMessage(messages.title);
  return (
    <Container id="page-help" className="fmm-view fmm-help">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      <p className="documentDescription">
        {intl.formatMessage(messages.intro)}
      </p>
      <h2>{intl.formatMessage(messages.account)}</h2>
      <ul>
        <li>{intl.formatMessage(messages.login)}</li>
        <li>
          {intl.formatMessage(messages.noAccount)}{' '}
          <Link to="/demande-de-compte">
            {intl.formatMessage(messages.request)}
          </Link>
        </li>
        <li>
          {intl.formatMessage(messages.forgotten)}{' '}
          <Link to="/nouveau-mot-de-passe">
            {intl.formatMessage(messages.reset)}
          </Link>
        </li>
      </ul>
      <Faq />
      <h2>{intl.formatMessage(messages.contact)}</h2>
      <p>{intl.formatMessage(messages.coordinators)}</p>
      <SupportForm />
      <p>
        <Link to="/vie-privee">{intl.formatMessage(messages.privacy)}</Link>
      </p>
      <p className="fmm-help-signature">
        {intl.formatMessage(identity.federation)}
      </p>
    </Container>
  );
};

export default HelpPage;
