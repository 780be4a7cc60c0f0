import { useEffect, useRef, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import menuSVG from '@plone/volto/icons/menu-alt.svg';

const messages = defineMessages({
  menu: { id: 'Main menu', defaultMessage: 'Main menu' },
  toggle: { id: 'Menu', defaultMessage: 'Menu' },
  news: { id: 'News', defaultMessage: 'News' },
  agenda: { id: 'Agenda', defaultMessage: 'Agenda' },
  announcements: { id: 'Announcements', defaultMessage: 'Announcements' },
  documents: { id: 'Documents', defaultMessage: 'Documents' },
  formations: { id: 'Trainings', defaultMessage: 'Trainings' },
  tools: { id: 'Tools', defaultMessage: 'Tools' },
  workers: { id: 'Workers', defaultMessage: 'Workers' },
  medicalHouses: { id: 'Medical houses', defaultMessage: 'Medical houses' },
  map: { id: 'Map', defaultMessage: 'Map' },
  newsletter: { id: 'Newsletter', defaultMessage: 'Newsletter' },
});

/** Sections of the extranet, in the order of the user guide. */
export const SECTIONS = [
  { key: 'news', to: '/actualites' },
  { key: 'agenda', to: '/agenda' },
  { key: 'announcements', to: '/annonces' },
  { key: 'documents', to: '/documents' },
  { key: 'formations', to: '/formations' },
  { key: 'tools', to: '/outils' },
  { key: 'workers', to: '/travailleurs' },
  { key: 'medicalHouses', to: '/maisons-medicales' },
  { key: 'map', to: '/cartographie' },
  { key: 'newsletter', to: '/lettre-electronique' },
];

/**
 * The left menu of the extranet; on small screens, collapsed behind a
 * "Menu" button (keyboard and touch; Escape closes it and gives the focus
 * back to the button).
 */
const SideMenu = () => {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const toggle = useRef(null);

  useEffect(() => {
    if (!open) {
      return undefined;
    }
    const closeOnEscape = (event) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggle.current.focus();
      }
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <nav
      id="navigation"
      className={`fmm-side-menu${open ? ' open' : ''}`}
      aria-label={intl.formatMessage(messages.menu)}
    >
      <button
        type="button"
        ref={toggle}
        className="fmm-menu-toggle"
        aria-expanded={open}
        aria-controls="fmm-side-menu-list"
        onClick={() => setOpen(!open)}
      >
        <Icon name={menuSVG} size="24px" ariaHidden />
        <span>{intl.formatMessage(messages.toggle)}</span>
      </button>
      <ul id="fmm-side-menu-list">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <NavLink
              to={section.to}
              isActive={section.isActive}
              activeClassName="active"
              onClick={() => setOpen(false)}
            >
              {intl.formatMessage(messages[section.key])}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};

export default SideMenu;
