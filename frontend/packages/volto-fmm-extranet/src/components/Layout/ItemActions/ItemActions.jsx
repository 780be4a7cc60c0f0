import FavouriteButton from '../../Favourites/FavouriteButton';
import ShareButton from '../../ShareByMail/ShareButton';
import './ItemActions.less';

/** What a worker can do with the content item they look at: favour it, share it. */
const ItemActions = () => (
  <div className="fmm-item-actions">
    <ShareButton />
    <FavouriteButton />
  </div>
);

export default ItemActions;
