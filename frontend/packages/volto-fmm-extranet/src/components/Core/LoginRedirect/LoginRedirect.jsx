import { Redirect, useLocation } from 'react-router-dom';
import Unauthorized from '@plone/volto/components/theme/Unauthorized/Unauthorized';
import { useIsAuthenticated } from '../../../helpers';

/**
 * Where Plone answers "401 Unauthorized": anonymous visitors are sent to the
 * login page (coming back afterwards), logged-in users see Volto's
 * Unauthorized page.
 */
const LoginRedirect = (props) => {
  const authenticated = useIsAuthenticated();
  const { pathname, search } = useLocation();
  if (!authenticated) {
    return (
      <Redirect
        to={`/login?return_url=${encodeURIComponent(`${pathname}${search}`)}`}
      />
    );
  }
  return <Unauthorized {...props} />;
};

LoginRedirect.displayName = 'unauthorized';

export default LoginRedirect;
