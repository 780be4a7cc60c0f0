import { defineMessages, useIntl } from 'react-intl';
import { Redirect, useLocation } from 'react-router-dom';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import Unauthorized from '@plone/volto/components/theme/Unauthorized/Unauthorized';
import { useIsAuthenticated } from '../../../helpers';

const messages = defineMessages({
  unauthorized: { id: 'Unauthorized', defaultMessage: 'Unauthorized' },
});

/**
 * Where Plone answers "401 Unauthorized": anonymous visitors are sent to the
 * login page (coming back afterwards), logged-in users see Volto's
 * Unauthorized page, with a document title (Volto's has none: WCAG 2.4.2).
 */
const LoginRedirect = (props) => {
  const intl = useIntl();
  const authenticated = useIsAuthenticated();
  const { pathname, search } = useLocation();
  if (!authenticated) {
    return (
      <Redirect
        to={`/login?return_url=${encodeURIComponent(`${pathname}${search}`)}`}
      />
    );
  }
  return (
    <>
      <Helmet title={intl.formatMessage(messages.unauthorized)} />
      <Unauthorized {...props} />
    </>
  );
};

LoginRedirect.displayName = 'unauthorized';

export default LoginRedirect;
