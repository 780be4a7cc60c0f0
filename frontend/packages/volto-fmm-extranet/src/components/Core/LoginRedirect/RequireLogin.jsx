import PropTypes from 'prop-types';
import LoginRedirect from './LoginRedirect';
import { useIsAuthenticated } from '../../../helpers';

/** Pages of workers only: anonymous visitors go to the login page first. */
const RequireLogin = ({ children }) =>
  useIsAuthenticated() ? children : <LoginRedirect />;

RequireLogin.propTypes = {
  children: PropTypes.node.isRequired,
};

/**
 * @param {Component} Component A page of workers only.
 * @returns {Component} The page, behind the login.
 */
export const withLogin = (Component) => {
  const WithLogin = (props) => (
    <RequireLogin>
      <Component {...props} />
    </RequireLogin>
  );
  WithLogin.displayName = `withLogin(${Component.displayName || Component.name})`;
  return WithLogin;
};

export default RequireLogin;
