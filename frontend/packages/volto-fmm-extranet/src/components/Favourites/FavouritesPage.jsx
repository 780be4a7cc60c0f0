import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import RequestStatus from '../Core/Listing/RequestStatus';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import ProfileLayout from '../People/ProfileLayout';
import './Favourites.less';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  intro: {
    id: 'The items you marked with the heart, the latest first.',
    defaultMessage: 'The items you marked with the heart, the latest first.',
  },
  none: {
    id: 'No favourite yet: use the heart at the bottom of any page to add one.',
    defaultMessage:
      'No favourite yet: use the heart at the bottom of any page to add one.',
  },
  remove: { id: 'Remove {title}', defaultMessage: 'Remove {title}' },
  failed: {
    id: 'The favourites could not be changed. Try again.',
    defaultMessage: 'The favourites could not be changed. Try again.',
  },
});

/**
 * "Mes favoris" (`/mes-favoris`): the items of `@favourites`, each with a
 * button that takes it out of the list (`DELETE <item>/@favourite`).
 */
const FavouritesPage = () => {
  const intl = useIntl();
  const listing = useServiceCall();
  const removal = useServiceCall();
  const [items, setItems] = useState(null);
  const { call: load } = listing;

  useEffect(() => {
    load('get', '/@favourites').then(
      ({ ok, result }) => ok && setItems(result.items),
    );
  }, [load]);

  const remove = (item) =>
    removal
      .call('del', `${flattenToAppURL(item['@id'])}/@favourite`)
      .then(
        ({ ok }) =>
          ok && setItems((current) => current.filter((i) => i !== item)),
      );

  return (
    <ProfileLayout
      section="favourites"
      description={intl.formatMessage(messages.intro)}
    >
      <RequestStatus loading={listing.loading} error={listing.error} />
      {removal.error && (
        <p role="alert">{intl.formatMessage(messages.failed)}</p>
      )}
      {items && items.length === 0 && (
        <p>{intl.formatMessage(messages.none)}</p>
      )}
      {items && items.length > 0 && (
        <ul className="fmm-favourites">
          {items.map((item) => (
            <li key={item.UID}>
              <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>
              {item.description && <p>{item.description}</p>}
              <button
                type="button"
                className="ui basic button"
                disabled={removal.loading}
                onClick={() => remove(item)}
              >
                {intl.formatMessage(messages.remove, { title: item.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </ProfileLayout>
  );
};

export default withLogin(FavouritesPage);
