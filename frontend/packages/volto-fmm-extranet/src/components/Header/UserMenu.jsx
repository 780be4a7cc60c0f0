import jwtDecode from 'jwt-decode';
import { defineMessages, useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Dropdown } from 'semantic-ui-react';

const messages = defineMessages({
  userMenu: { id: 'Menu of {name}', defaultMessage: 'Menu of {name}' },
  personalInformation: {
    id: 'My personal information',
    defaultMessage: 'My personal information',
  },
  changePassword: {
    id: 'Change my password',
    defaultMessage: 'Change my password',
  },
  logout: { id: 'Log out', defaultMessage: 'Log out' },
});

const ENTRIES = [
  { key: 'personalInformation', to: '/personal-information' },
  { key: 'changePassword', to: '/change-password' },
  { key: 'logout', to: '/logout' },
];

/** Name of the logged-in user, read from the authentication token. */
export const userNameFromToken = (token) => {
  try {
    const claims = jwtDecode(token);
    return claims.fullname || claims.sub;
  } catch (error) {
    return '';
  }
};

/** The user's name, top right, opening the profile menu. */
const UserMenu = () => {
  const intl = useIntl();
  const token = useSelector((state) => state.userSession.token);
  const name = userNameFromToken(token);

  return (
    <Dropdown
      className="fmm-user-menu"
      text={name}
      aria-label={intl.formatMessage(messages.userMenu, { name })}
      direction="left"
    >
      <Dropdown.Menu>
        {ENTRIES.map((entry) => (
          <Dropdown.Item
            key={entry.key}
            as={Link}
            to={entry.to}
            text={intl.formatMessage(messages[entry.key])}
          />
        ))}
      </Dropdown.Menu>
    </Dropdown>
  );
};

export default UserMenu;
