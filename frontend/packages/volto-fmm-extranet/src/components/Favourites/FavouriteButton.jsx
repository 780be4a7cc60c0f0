import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
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
 * The heart of the user guide ("Favoris : suivre son cœur") on a content
 * page: its state comes with the page (the `favourite` expander); POST to
 * `<item>/@favourite` adds the item, DELETE removes it.
 * @param {Object} props.path App path of the item.
 * @param {boolean} props.initial Whether it was a favourite when the page came.
 */
const FavouriteButton = ({ path, initial }) => {
  const intl = useIntl();
  const { call, loading, error } = useServiceCall();
  const [favourite, setFavourite] = useState(initial);

  useEffect(() => setFavourite(initial), [path, initial]);

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
