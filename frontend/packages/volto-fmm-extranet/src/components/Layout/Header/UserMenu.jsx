import { useEffect, useRef, useState } from 'react';
import jwtDecode from 'jwt-decode';
import { defineMessages, useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import useService from '../../Core/Listing/useService';
import {
  PROFILE_SECTIONS,
  messages as sectionMessages,
} from '../../People/sections';
import './UserMenu.less';

const messages = defineMessages({
  userMenu: { id: 'Menu of {name}', defaultMessage: 'Menu of {name}' },
  changePassword: {
    id: 'Change my password',
    defaultMessage: 'Change my password',
  },
  logout: { id: 'Log out', defaultMessage: 'Log out' },
  gdprRequests: { id: 'GDPR requests', defaultMessage: 'GDPR requests' },
  auditLog: { id: 'Audit log', defaultMessage: 'Audit log' },
  settings: { id: 'Extranet settings', defaultMessage: 'Extranet settings' },
  accountRequests: {
    id: 'Account requests',
    defaultMessage: 'Account requests',
  },
  teamAccess: { id: 'Access management', defaultMessage: 'Access management' },
});

export const ENTRIES = [
  ...PROFILE_SECTIONS.map((section) => ({
    ...section,
    message: sectionMessages[section.key],
  })),
  {
    key: 'changePassword',
    to: '/change-password',
    message: messages.changePassword,
  },
  // Those who manage a team: MM managers, their delegates, the staff.
  {
    key: 'teamAccess',
    to: '/gestion-des-acces',
    message: messages.teamAccess,
    teams: true,
  },
  // Reviewers of account requests: intergroup coordinators, staff, admins.
  {
    key: 'accountRequests',
    to: '/demandes-de-compte',
    message: messages.accountRequests,
    reviewers: true,
  },
  // Administrators only (they have Plone's site setup).
  {
    key: 'gdprRequests',
    to: '/demandes-rgpd',
    message: messages.gdprRequests,
    admin: true,
  },
  {
    key: 'auditLog',
    to: '/journal-d-audit',
    message: messages.auditLog,
    admin: true,
  },
  {
    key: 'settings',
    to: '/controlpanel/fmm_extranet',
    message: messages.settings,
    admin: true,
  },
  { key: 'logout', to: '/logout', message: messages.logout },
];

/** Whether the user administers the site (Plone's `plone_setup` user action). */
export const useIsAdmin = () =>
  useSelector((state) =>
    (state.actions?.actions?.user || []).some(
      (action) => action.id === 'plone_setup',
    ),
  );

/** Id of the logged-in user (the token's subject). */
const userIdFromToken = (token) => {
  try {
    return jwtDecode(token).sub;
  } catch (error) {
    return null;
  }
};

/** Whether the user manages a team (`@my-teams`, asked once per session and user). */
const useManagesTeam = (token) => {
  const user = token ? userIdFromToken(token) : null;
  const { data } = useService(`my-teams-${user}`, user && '/@my-teams', {
    session: true,
  });
  return (data?.items_total ?? 0) > 0;
};

/**
 * Whether the user reviews account requests (`@account-requests/reviewer`,
 * asked once per session and user).
 */
const useReviewsRequests = (token) => {
  const user = token ? userIdFromToken(token) : null;
  const { data } = useService(
    `account-reviewer-${user}`,
    user && '/@account-requests/reviewer',
    { session: true },
  );
  return Boolean(data?.reviewer);
};

/** Name of the logged-in user, read from the authentication token. */
export const userNameFromToken = (token) => {
  try {
    const claims = jwtDecode(token);
    return claims.fullname || claims.sub;
  } catch (error) {
    return '';
  }
};

/**
 * The user's name, top right, opening the menu of their account (a
 * disclosure button and a list of links): closed by Escape (back on the
 * button), by a click or focus elsewhere, and when a page opens.
 */
const UserMenu = () => {
  const intl = useIntl();
  const token = useSelector((state) => state.userSession.token);
  const name = userNameFromToken(token);
  const isAdmin = useIsAdmin();
  const managesTeam = useManagesTeam(token);
  const reviewsRequests = useReviewsRequests(token);
  const [open, setOpen] = useState(false);
  const root = useRef(null);
  const button = useRef(null);
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) {
      return undefined;
    }
    const onOutside = (event) => {
      if (root.current && !root.current.contains(event.target)) {
        setOpen(false);
      }
    };
    document.addEventListener('mousedown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('mousedown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  const onKeyDown = (event) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current.focus();
    }
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="fmm-user-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="fmm-user-menu-button"
        aria-expanded={open}
        aria-controls="fmm-user-menu-list"
        aria-label={intl.formatMessage(messages.userMenu, { name })}
        onClick={() => setOpen(!open)}
      >
        <span>{name}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul id="fmm-user-menu-list" hidden={!open}>
        {ENTRIES.filter(
          (entry) =>
            (isAdmin || !entry.admin) &&
            (managesTeam || !entry.teams) &&
            (reviewsRequests || !entry.reviewers),
        ).map((entry) => (
          <li key={entry.key}>
            <Link to={entry.to} onClick={() => setOpen(false)}>
              {intl.formatMessage(entry.message)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
};

export default UserMenu;
