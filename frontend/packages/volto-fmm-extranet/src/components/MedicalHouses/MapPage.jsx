import { useMemo } from 'react';
import loadable from '@loadable/component';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import FiltersForm from '../Core/Form/FiltersForm';
import { CheckboxField, InputField, SelectField } from '../Core/Form/Field';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters from '../Core/Listing/useFilters';
import useSearch from '../Core/Listing/useSearch';
import { medicalHouseTitle } from './MedicalHouseView';
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

const FILTERS = ['intergroup', 'payment_mode', 'postal_code', 'open'];

/** Distinct terms of a field over the houses, as select options. */
const optionsOf = (houses, field) => {
  const terms = new Map();
  houses.forEach((house) => {
    const token = valueToken(house[field]);
    if (token) {
      terms.set(token, valueLabel(house[field]));
    }
  });
  return [...terms]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
};

/**
 * Cartography (`/cartographie`): every medical house with its registration
 * zone, filtered by intergroup, payment mode, postal code and openness to
 * new patients; the same houses are listed in a table under the map.
 */
const MapPage = () => {
  const intl = useIntl();
  const { params, applyFilter } = useFilters(FILTERS);
  const search = useSearch('', HOUSES_QUERY, 'fmm-map-houses');
  const { items = [] } = search;
  const houses = useMemo(
    () =>
      filterHouses(items, params).map((house) => ({
        ...house,
        label: medicalHouseTitle(house),
      })),
    [items, params],
  );

  return (
    <Page
      id="page-map"
      className="fmm-map-page"
      title={intl.formatMessage(messages.title)}
    >
      <FiltersForm label={intl.formatMessage(messages.filters)}>
        <SelectField
          id="map-intergroup"
          label={intl.formatMessage(messages.intergroup)}
          emptyLabel={intl.formatMessage(messages.allIntergroups)}
          value={params.intergroup || ''}
          onChange={applyFilter('intergroup')}
          options={optionsOf(items, 'intergroup')}
        />
        <SelectField
          id="map-payment"
          label={intl.formatMessage(messages.paymentMode)}
          emptyLabel={intl.formatMessage(messages.allPaymentModes)}
          value={params.payment_mode || ''}
          onChange={applyFilter('payment_mode')}
          options={optionsOf(items, 'payment_mode')}
        />
        <InputField
          id="map-postal-code"
          inputMode="numeric"
          label={intl.formatMessage(messages.postalCode)}
          value={params.postal_code || ''}
          onChange={applyFilter('postal_code')}
        />
        <CheckboxField
          id="map-open"
          label={intl.formatMessage(messages.openOnly)}
          checked={params.open === '1'}
          onChange={(checked) => applyFilter('open')(checked ? '1' : '')}
        />
      </FiltersForm>
      <Results request={search} total={houses.length}>
        <HouseMap houses={houses} label={intl.formatMessage(messages.map)} />
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
                    <Link to={flattenToAppURL(house['@id'])}>
                      {house.label}
                    </Link>
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
      </Results>
    </Page>
  );
};

export default MapPage;
