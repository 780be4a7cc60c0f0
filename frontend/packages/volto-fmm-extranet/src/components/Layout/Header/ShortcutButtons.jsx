import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import useService from '../../Core/Listing/useService';
import '../../Spaces/WhatsNew.less';

const messages = defineMessages({
  shortcuts: { id: 'My groups', defaultMessage: 'My groups' },
  newItems: {
    id: '{count, plural, one {# new item} other {# new items}}',
    defaultMessage: '{count, plural, one {# new item} other {# new items}}',
  },
});

/** The most a badge shows; more is "99+". */
const MAX_SHOWN = 99;

/** How many items are new in the space since the worker last opened it. */
const NewCount = ({ count }) => {
  const intl = useIntl();
  return (
    <>
      <span className="fmm-new-count" aria-hidden="true">
        {count > MAX_SHOWN ? `${MAX_SHOWN}+` : count}
      </span>
      <span className="visually-hidden">
        {' '}
        ({intl.formatMessage(messages.newItems, { count })})
      </span>
    </>
  );
};

NewCount.propTypes = { count: PropTypes.number.isRequired };

/** `@my-shortcuts`, kept for the session (refreshed by the profile pages). */
export const SHORTCUTS_KEY = 'my-shortcuts';
export const SHORTCUTS_PATH = '/@my-shortcuts';

/**
 * The blue buttons: one per group of the user (intergroup, medical house,
 * sectoral groups, subscribed thematic areas), from `@my-shortcuts`, each
 * with how many items are new in it (`new`, cleared when the space's page
 * is opened). Shows nothing while the service is missing or fails.
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
              {item.new > 0 && <NewCount count={item.new} />}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};

export default ShortcutButtons;
