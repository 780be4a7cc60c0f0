import { useMemo } from 'react';
import loadable from '@loadable/component';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import ListingFilters from '../Core/Listing/ListingFilters';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters from '../Core/Listing/useFilters';
import useService from '../Core/Listing/useService';
import {
  HOUSE_FILTERS,
  housesPath,
  useHouseDetails,
  useHouseFilterFields,
} from './HouseDirectoryPage';
import sharedMessages from '../../messages';
import './HouseDirectory.less';

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
  legend: {
    id: 'Colour of the zones by payment mode',
    defaultMessage: 'Colour of the zones by payment mode',
  },
  paymentMode: { id: 'Payment mode', defaultMessage: 'Payment mode' },
  house: { id: 'Medical house', defaultMessage: 'Medical house' },
  municipality: { id: 'Municipality', defaultMessage: 'Municipality' },
  open: { id: 'Open to new patients', defaultMessage: 'Open to new patients' },
  disciplines: { id: 'Disciplines', defaultMessage: 'Disciplines' },
  distance: { id: 'Distance', defaultMessage: 'Distance' },
});

/** Every house found is drawn: one request for them all. */
const MAP_BATCH = { b_size: 1000 };

/** The colour of a house's zone and point, by payment mode. */
export const PAYMENT_COLOURS = { forfait: '#0b5ea8', acte: '#b34700' };
const OTHER_COLOUR = '#555555';

/**
 * Cartography (`/cartographie`): the medical houses `@medical-houses` finds
 * with the directory's filters (discipline present, around one's house,
 * intergroup, payment mode, openness…), each drawn by its registration zone
 * coloured by payment mode; the same houses are listed in a table under the
 * map (its accessible alternative). The map's background is the one the
 * Extranet settings give (`map` of the answer).
 */
const MapPage = () => {
  const intl = useIntl();
  const { params, filters, setFilter, submit, applyFilter } =
    useFilters(HOUSE_FILTERS);
  const request = useService('fmm-map-houses', housesPath(params, MAP_BATCH));
  const { data } = request;
  const fields = useHouseFilterFields(applyFilter, data?.my_houses);
  const details = useHouseDetails();
  const houses = useMemo(
    () =>
      (data?.items || []).map((house) => {
        const about = details(house);
        return {
          ...house,
          label: house.title,
          colour: PAYMENT_COLOURS[house.payment_mode?.token] || OTHER_COLOUR,
          details: [
            about.distance,
            about.payment,
            about.openness,
            about.disciplines,
            about.fromAccounts,
          ].filter(Boolean),
          disciplines: house.disciplines.map((d) => d.title).join(', '),
        };
      }),
    // details is remade each render; its output depends on data only
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data],
  );
  const modes = (data?.facets?.payment_mode || []).map((mode) => ({
    ...mode,
    colour: PAYMENT_COLOURS[mode.token] || OTHER_COLOUR,
  }));
  const near = Boolean(params.near);

  return (
    <Page
      id="page-map"
      className="fmm-map-page"
      title={intl.formatMessage(messages.title)}
    >
      <ListingFilters
        id="map"
        label={intl.formatMessage(messages.filters)}
        filters={filters}
        setFilter={setFilter}
        onSubmit={submit}
        fields={fields}
      />
      <Results request={request} total={data?.items_total || 0}>
        {modes.length > 0 && (
          <ul
            className="fmm-map-legend"
            aria-label={intl.formatMessage(messages.legend)}
          >
            {modes.map((mode) => (
              <li key={mode.token}>
                <span
                  className="fmm-map-swatch"
                  style={{ background: mode.colour }}
                />
                {mode.title}
              </li>
            ))}
          </ul>
        )}
        <HouseMap
          houses={houses}
          label={intl.formatMessage(messages.map)}
          tileUrl={data?.map?.tile_url || undefined}
          attribution={data?.map?.attribution || undefined}
        />
        {houses.length > 0 && (
          <table className="ui very basic table fmm-houses-table">
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(messages.house)}</th>
                {near && (
                  <th scope="col">{intl.formatMessage(messages.distance)}</th>
                )}
                <th scope="col">{intl.formatMessage(messages.municipality)}</th>
                <th scope="col">{intl.formatMessage(messages.paymentMode)}</th>
                <th scope="col">{intl.formatMessage(messages.open)}</th>
                <th scope="col">{intl.formatMessage(messages.disciplines)}</th>
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
                  {near && (
                    <td>
                      {typeof house.distance_km === 'number'
                        ? `${intl.formatNumber(house.distance_km)} km`
                        : ''}
                    </td>
                  )}
                  <td>
                    {[house.postal_code, house.municipality]
                      .filter(Boolean)
                      .join(' ')}
                  </td>
                  <td>{house.payment_mode?.title}</td>
                  <td>
                    {intl.formatMessage(
                      house.open_to_registrations
                        ? sharedMessages.yes
                        : sharedMessages.no,
                    )}
                  </td>
                  <td>{house.disciplines}</td>
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
