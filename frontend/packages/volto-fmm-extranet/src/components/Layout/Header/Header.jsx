import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import BodyClass from '@plone/volto/helpers/BodyClass/BodyClass';
import Logo from '../Identity/Logo';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import zoomSVG from '@plone/volto/icons/zoom.svg';
import ProfileReminder from './ProfileReminder';
import ShortcutButtons from './ShortcutButtons';
import SideMenu from './SideMenu';
import UserMenu from './UserMenu';
import { useCanEdit, useIsAuthenticated } from '../../../helpers';

const messages = defineMessages({
  search: { id: 'Search the extranet', defaultMessage: 'Search the extranet' },
  login: { id: 'Log in', defaultMessage: 'Log in' },
  support: { id: 'Support', defaultMessage: 'Support' },
  requestAccount: {
    id: 'Request an account',
    defaultMessage: 'Request an account',
  },
});

/**
 * Header of the extranet (replaces Volto's): logo, blue shortcut buttons,
 * search, the user's menu and the left menu. Anonymous visitors only get
 * the logo and the ways in (log in, request an account). Volto's editing
 * toolbar is hidden from readers.
 */
const Header = () => {
  const intl = useIntl();
  const authenticated = useIsAuthenticated();
  // Only those who may change the content shown (edit it or add to it)
  // have a use for Volto's editing toolbar.
  const editor = useCanEdit(true);

  return (
    <header className="fmm-header">
      {authenticated && !editor && <BodyClass className="fmm-reader" />}
      <div className="fmm-topbar">
        <div className="logo">
          <Logo />
        </div>
        {authenticated ? (
          <>
            <ShortcutButtons />
            <div className="fmm-tools">
              <Link
                to="/search"
                className="fmm-search-link"
                title={intl.formatMessage(messages.search)}
              >
                <Icon name={zoomSVG} size="28px" ariaHidden />
                <span className="visually-hidden">
                  {intl.formatMessage(messages.search)}
                </span>
              </Link>
              <Link to="/aide#support" className="fmm-support-link">
                {intl.formatMessage(messages.support)}
              </Link>
              <UserMenu />
            </div>
          </>
        ) : (
          <div className="fmm-tools">
            <Link to="/login">{intl.formatMessage(messages.login)}</Link>
            <Link to="/demande-de-compte">
              {intl.formatMessage(messages.requestAccount)}
            </Link>
          </div>
        )}
      </div>
      {authenticated && <ProfileReminder />}
      {authenticated && <SideMenu />}
    </header>
  );
};

export default Header;
