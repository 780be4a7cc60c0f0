import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import useService from '../../Core/Listing/useService';

const messages = defineMessages({
  shortcuts: { id: 'My groups', defaultMessage: 'My groups' },
});

/** `@my-shortcuts`, kept for the session (refreshed by the profile pages). */
export const SHORTCUTS_KEY = 'my-shortcuts';
export const SHORTCUTS_PATH = '/@my-shortcuts';

/**
 * The blue buttons: one per group of the user (intergroup, medical house,
 * sectoral groups, subscribed thematic areas), from `@my-shortcuts`. Shows
 * nothing while the service is missing or fails.
 */
const ShortcutButtons = () => {
  const intl = useIntl();
  const { data } = useService(SHORTCUTS_KEY, SHORTCUTS_PATH, {
    session: true,
  });

  const items = data?.items || [];
  if (items.length === 0) {
    return null;
  }
  return (
    <nav
      className="fmm-shortcuts"
      aria-label={intl.formatMessage(messages.shortcuts)}
    >
      <ul>
        {items.map((item) => (
          <li key={item['@id']}>
            <Link
              to={flattenToAppURL(item['@id'])}
              className={`ui primary button fmm-shortcut ${item.kind || ''}`}
            >
              {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};

export default ShortcutButtons;
