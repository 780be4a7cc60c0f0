import { useMemo } from 'react';
import loadable from '@loadable/component';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import RequestStatus from '../Listing/RequestStatus';
import useQueryParams from '../Listing/useQueryParams';
import useSearch from '../Listing/useSearch';
import { medicalHouseTitle } from '../Views/MedicalHouseView';
import { valueLabel, valueToken } from '../../helpers';
import sharedMessages from '../../messages';

const HouseMap = loadable(() => import('./HouseMap'), { ssr: false });

const messages = defineMessages({
  title: {
    id: 'Map of the medical houses',
    defaultMessage: 'Map of the medical houses',
  },
  map: {
    id: 'Map of the medical houses shown in the list below',
    defaultMessage: 'Map of the medical houses shown in the list below',
  },
  filters: { id: 'Map filters', defaultMessage: 'Map filters' },
  intergroup: { id: 'Intergroup', defaultMessage: 'Intergroup' },
  allIntergroups: { id: 'All intergroups', defaultMessage: 'All intergroups' },
  paymentMode: { id: 'Payment mode', defaultMessage: 'Payment mode' },
  allPaymentModes: {
    id: 'All payment modes',
    defaultMessage: 'All payment modes',
  },
  postalCode: { id: 'Postal code', defaultMessage: 'Postal code' },
  openOnly: {
    id: 'Open to new patients only',
    defaultMessage: 'Open to new patients only',
  },
  house: { id: 'Medical house', defaultMessage: 'Medical house' },
  municipality: { id: 'Municipality', defaultMessage: 'Municipality' },
  open: { id: 'Open to new patients', defaultMessage: 'Open to new patients' },
});

const HOUSES_QUERY = {
  portal_type: ['MedicalHouse'],
  fullobjects: 1,
  sort_on: 'sortable_title',
  b_size: 500,
};

/**
 * Medical houses matching the map's filters.
 * @param {Array} houses Serialized medical houses.
 * @param {Object} filters intergroup, payment_mode (tokens), postal_code
 *   (prefix), open ('1' for open to new patients only).
 */
export const filterHouses = (houses, filters) =>
  houses.filter(
    (house) =>
      (!filters.intergroup ||
        valueToken(house.intergroup) === filters.intergroup) &&
      (!filters.payment_mode ||
        valueToken(house.payment_mode) === filters.payment_mode) &&
      (!filters.postal_code ||
        (house.postal_code || '').startsWith(filters.postal_code)) &&
      (!filters.open || house.open_to_registrations === true),
  );

/** Distinct terms of a field over the houses, as select options. */
const optionsOf = (houses, field) => {
  const terms = new Map();
  houses.forEach((house) => {
    const token = valueToken(house[field]);
    if (token) {
      terms.set(token, valueLabel(house[field]));
    }
  });
  return [...terms].sort((a, b) => a[1].localeCompare(b[1]));
};

/**
 * Cartography (`/cartographie`): every medical house with its registration
 * zone, filtered by intergroup, payment mode, postal code and openness to
 * new patients; the same houses are listed in a table under the map.
 */
const MapPage = () => {
  const intl = useIntl();
  const [params, setParams] = useQueryParams();
  const {
    items = [],
    loading,
    error,
  } = useSearch('', HOUSES_QUERY, 'fmm-map-houses');
  const houses = useMemo(
    () =>
      filterHouses(items, params).map((house) => ({
        ...house,
        label: medicalHouseTitle(house),
      })),
    [items, params],
  );
  const update = (key) => (event) =>
    setParams({
      ...params,
      [key]:
        event.target.type === 'checkbox'
          ? event.target.checked
            ? '1'
            : ''
          : event.target.value,
    });
  const title = intl.formatMessage(messages.title);

  return (
    <Container id="page-map" className="fmm-map-page">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      <form
        className="ui form fmm-filters"
        aria-label={intl.formatMessage(messages.filters)}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor="map-intergroup">
            {intl.formatMessage(messages.intergroup)}
          </label>
          <select
            id="map-intergroup"
            value={params.intergroup || ''}
            onChange={update('intergroup')}
          >
            <option value="">
              {intl.formatMessage(messages.allIntergroups)}
            </option>
            {optionsOf(items, 'intergroup').map(([token, label]) => (
              <option key={token} value={token}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="map-payment">
            {intl.formatMessage(messages.paymentMode)}
          </label>
          <select
            id="map-payment"
            value={params.payment_mode || ''}
            onChange={update('payment_mode')}
          >
            <option value="">
              {intl.formatMessage(messages.allPaymentModes)}
            </option>
            {optionsOf(items, 'payment_mode').map(([token, label]) => (
              <option key={token} value={token}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="map-postal-code">
            {intl.formatMessage(messages.postalCode)}
          </label>
          <input
            id="map-postal-code"
            inputMode="numeric"
            value={params.postal_code || ''}
            onChange={update('postal_code')}
          />
        </div>
        <div className="inline field">
          <input
            id="map-open"
            type="checkbox"
            checked={params.open === '1'}
            onChange={update('open')}
          />
          <label htmlFor="map-open">
            {intl.formatMessage(messages.openOnly)}
          </label>
        </div>
      </form>
      <RequestStatus loading={loading} error={error} />
      <HouseMap houses={houses} label={intl.formatMessage(messages.map)} />
      <p role="status">
        {intl.formatMessage(sharedMessages.resultsCount, {
          count: houses.length,
        })}
      </p>
      {houses.length > 0 && (
        <table className="ui very basic table fmm-houses-table">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.house)}</th>
              <th scope="col">{intl.formatMessage(messages.municipality)}</th>
              <th scope="col">{intl.formatMessage(messages.paymentMode)}</th>
              <th scope="col">{intl.formatMessage(messages.open)}</th>
            </tr>
          </thead>
          <tbody>
            {houses.map((house) => (
              <tr key={house['@id']}>
                <th scope="row">
                  <Link to={flattenToAppURL(house['@id'])}>{house.label}</Link>
                </th>
                <td>
                  {[house.postal_code, house.municipality]
                    .filter(Boolean)
                    .join(' ')}
                </td>
                <td>{valueLabel(house.payment_mode)}</td>
                <td>
                  {intl.formatMessage(
                    house.open_to_registrations
                      ? sharedMessages.yes
                      : sharedMessages.no,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Container>
  );
};

export default MapPage;
