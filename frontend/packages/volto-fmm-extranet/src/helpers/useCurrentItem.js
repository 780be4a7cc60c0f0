import { useSelector } from 'react-redux';
import { useLocation } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { useIsAuthenticated } from './index';

/**
 * The app path of the content item whose page a signed-in user is looking
 * at (not the site root, nor the item's edit or other sub-pages), or null.
 * @returns {string|null} e.g. `/actualites/congres`.
 */
const useCurrentItem = () => {
  const { pathname } = useLocation();
  const signedIn = useIsAuthenticated();
  const content = useSelector((state) => state.content?.data);
  const path = content?.['@id'] ? flattenToAppURL(content['@id']) : '';
  const onItem =
    signedIn &&
    path !== '' &&
    path !== '/' &&
    content['@type'] !== 'Plone Site' &&
    pathname.replace(/\/$/, '') === path;
  return onItem ? path : null;
};

export default useCurrentItem;
