import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import useCurrentItem from '../../helpers/useCurrentItem';
import useServiceCall from '../../helpers/useServiceCall';
import './Favourites.less';

const messages = defineMessages({
  add: { id: 'Add to my favourites', defaultMessage: 'Add to my favourites' },
  remove: {
    id: 'Remove from my favourites',
    defaultMessage: 'Remove from my favourites',
  },
  failed: {
    id: 'The favourites could not be changed. Try again.',
    defaultMessage: 'The favourites could not be changed. Try again.',
  },
});

/**
 * The heart of the user guide ("Favoris : suivre son cœur"), on the page of
 * any content item for a signed-in worker: `<item>/@favourite` says whether
 * the item is a favourite, POST adds it, DELETE removes it.
 */
const FavouriteButton = () => {
  const intl = useIntl();
  const path = useCurrentItem();
  const { call, loading, error } = useServiceCall();
  const [favourite, setFavourite] = useState(null);

  useEffect(() => {
    setFavourite(null);
    if (path) {
      call('get', `${path}/@favourite`).then(({ ok, result }) => {
        if (ok) setFavourite(result.favourite);
      });
    }
  }, [call, path]);

  if (!path || favourite === null) {
    return null;
  }
  const toggle = () =>
    call(favourite ? 'del' : 'post', `${path}/@favourite`).then(
      ({ ok, result }) => ok && setFavourite(result.favourite),
    );
  const label = intl.formatMessage(favourite ? messages.remove : messages.add);
  return (
    <div className="fmm-favourite">
      <button
        type="button"
        className={`fmm-favourite-button${favourite ? ' active' : ''}`}
        aria-pressed={favourite}
        aria-busy={loading}
        disabled={loading}
        title={label}
        onClick={toggle}
      >
        <span aria-hidden="true">{favourite ? '♥' : '♡'}</span>
        <span className="fmm-favourite-label">{label}</span>
      </button>
      {error && (
        <p role="alert" className="fmm-favourite-error">
          {intl.formatMessage(messages.failed)}
        </p>
      )}
    </div>
  );
};

export default FavouriteButton;
