import { useEffect } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getMyShortcuts } from '../../../actions';

const messages = defineMessages({
  shortcuts: { id: 'My groups', defaultMessage: 'My groups' },
});

/**
 * The blue buttons: one per group of the user (intergroup, medical house,
 * sectoral groups, subscribed thematic areas), from `@my-shortcuts`. Shows
 * nothing while the service is missing or fails.
 */
const ShortcutButtons = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const { loaded, loading, data } = useSelector((state) => state.myShortcuts);

  useEffect(() => {
    if (!loaded && !loading) {
      dispatch(getMyShortcuts());
    }
    // Fetched once per session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dispatch]);

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
