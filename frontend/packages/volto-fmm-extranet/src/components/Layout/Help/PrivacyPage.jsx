import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { messages as notice } from '../../Accounts/PrivacyNotice';
import { useIsAuthenticated } from '../../../helpers';

const messages = defineMessages({
  title: { id: 'Privacy', defaultMessage: 'Privacy' },
  myData: {
    id: 'See, download or erase my data',
    defaultMessage: 'See, download or erase my data',
  },
});

/**
 * "Vie privée" (`/vie-privee`), open to every visitor: the privacy notice
 * of the account request, and the way to one's own data once logged in.
 */
const PrivacyPage = () => {
  const intl = useIntl();
  const authenticated = useIsAuthenticated();
  const title = intl.formatMessage(messages.title);
  return (
    <Container id="page-privacy" className="fmm-view fmm-privacy">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      {['what', 'who', 'rights'].map((key) => (
        <p key={key}>{intl.formatMessage(notice[key])}</p>
      ))}
      {authenticated && (
        <p>
          <Link to="/mes-donnees">{intl.formatMessage(messages.myData)}</Link>
        </p>
      )}
    </Container>
  );
};

export default PrivacyPage;
