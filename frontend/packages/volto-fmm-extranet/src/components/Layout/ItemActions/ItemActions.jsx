import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import FavouriteButton from '../../Favourites/FavouriteButton';
import ShareButton from '../../ShareByMail/ShareButton';
import './ItemActions.less';

/**
 * What a worker can do with the content item they look at: favour it, share
 * it. In the `belowContent` slot of content views; shown when the page's
 * `favourite` expander answered for a worker (not to anonymous visitors, nor
 * to accounts without a profile).
 */
const ItemActions = ({ content }) => {
  const favourite = content?.['@components']?.favourite?.favourite;
  if (typeof favourite !== 'boolean') {
    return null;
  }
  const path = flattenToAppURL(content['@id']);
  return (
    <div className="fmm-item-actions">
      <ShareButton path={path} />
      <FavouriteButton path={path} initial={favourite} />
    </div>
  );
};

export default ItemActions;
