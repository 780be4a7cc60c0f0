import { defineMessages, useIntl } from 'react-intl';
import Card, { CardList } from '../Core/Listing/Card';
import ListingFilters from '../Core/Listing/ListingFilters';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters from '../Core/Listing/useFilters';
import useService from '../Core/Listing/useService';
import { toQueryString } from '../../helpers/queryString';
import sharedMessages from '../../messages';
import './HouseDirectory.less';

const messages = defineMessages({
  title: {
    id: 'Directory of the medical houses',
    defaultMessage: 'Directory of the medical houses',
  },
  intro: {
    id: 'Find the medical houses by name, discipline present, distance from yours, intergroup, payment mode, openness to registrations or postal code. Each card opens the house’s page, which lists who works there.',
    defaultMessage:
      'Find the medical houses by name, discipline present, distance from yours, intergroup, payment mode, openness to registrations or postal code. Each card opens the house’s page, which lists who works there.',
  },
  filters: {
    id: 'Medical house filters',
    defaultMessage: 'Medical house filters',
  },
  name: { id: 'Name', defaultMessage: 'Name' },
  discipline: {
    id: 'Discipline present',
    defaultMessage: 'Discipline present',
  },
  near: { id: 'Around', defaultMessage: 'Around' },
  anywhere: { id: 'Anywhere', defaultMessage: 'Anywhere' },
  radius: { id: 'Within', defaultMessage: 'Within' },
  anyDistance: { id: 'Any distance', defaultMessage: 'Any distance' },
  kilometres: { id: '{km} km', defaultMessage: '{km} km' },
  intergroup: { id: 'Intergroup', defaultMessage: 'Intergroup' },
  paymentMode: { id: 'Payment mode', defaultMessage: 'Payment mode' },
  open: {
    id: 'Open to new patients',
    defaultMessage: 'Open to new patients',
  },
  either: { id: 'Either', defaultMessage: 'Either' },
  postalCode: { id: 'Postal code', defaultMessage: 'Postal code' },
  municipality: { id: 'Municipality', defaultMessage: 'Municipality' },
  covers: {
    id: 'Registration zone covering the postal code',
    defaultMessage: 'Registration zone covering the postal code',
  },
  phone: { id: 'Phone: {phone}', defaultMessage: 'Phone: {phone}' },
  distance: {
    id: '{distance} km away',
    defaultMessage: '{distance} km away',
  },
  openYes: {
    id: 'Open to new registrations',
    defaultMessage: 'Open to new registrations',
  },
  openNo: {
    id: 'Closed to new registrations',
    defaultMessage: 'Closed to new registrations',
  },
  disciplines: {
    id: 'Disciplines present (declared): {list}',
    defaultMessage: 'Disciplines present (declared): {list}',
  },
  fromAccounts: {
    id: 'Disciplines present according to the extranet accounts: {list}',
    defaultMessage:
      'Disciplines present according to the extranet accounts: {list}',
  },
});

export const PAGE_SIZE = 24;
export const HOUSE_FILTERS = [
  'q',
  'discipline',
  'near',
  'radius_km',
  'intergroup',
  'payment_mode',
  'open_to_registrations',
  'postal_code',
  'municipality',
  'covers',
];
const RADII = ['5', '10', '20', '50'];

/**
 * The `@medical-houses` request of the filters in the URL (the distance
 * only with the house it is measured from).
 * @param {Object} params URL parameters.
 * @param {Object} batch `b_start`, `b_size`.
 * @returns {string} Service path.
 */
export const housesPath = (params, batch = {}) =>
  `/@medical-houses${toQueryString({
    ...Object.fromEntries(HOUSE_FILTERS.map((name) => [name, params[name]])),
    radius_km: params.near ? params.radius_km : undefined,
    ...batch,
  })}`;

/**
 * The filters of the house directory and of the map, as `ListingFilters`
 * fields: choices apply at once, texts on "Search". "Around" offers the
 * reader's own houses (`my_houses` of the answer).
 */
export const useHouseFilterFields = (applyFilter, myHouses = []) => {
  const intl = useIntl();
  const text = (name, label, props = {}) => ({
    name,
    kind: 'text',
    label: intl.formatMessage(label),
    ...props,
  });
  const vocabulary = (name, label, vocabularyName) => ({
    name,
    kind: 'vocabulary',
    vocabulary: vocabularyName,
    label: intl.formatMessage(label),
    onChange: applyFilter(name),
  });
  const select = (name, label, emptyLabel, options) => ({
    name,
    kind: 'select',
    label: intl.formatMessage(label),
    emptyLabel: intl.formatMessage(emptyLabel),
    options,
    onChange: applyFilter(name),
  });
  return [
    text('q', messages.name, { autoComplete: 'off' }),
    vocabulary('discipline', messages.discipline, 'fmm_extranet.Functions'),
    ...(myHouses.length > 0
      ? [
          select(
            'near',
            messages.near,
            messages.anywhere,
            myHouses.map((house) => ({ value: house.UID, label: house.title })),
          ),
          select(
            'radius_km',
            messages.radius,
            messages.anyDistance,
            RADII.map((km) => ({
              value: km,
              label: intl.formatMessage(messages.kilometres, { km }),
            })),
          ),
        ]
      : []),
    vocabulary('intergroup', messages.intergroup, 'fmm_extranet.Intergroups'),
    vocabulary(
      'payment_mode',
      messages.paymentMode,
      'fmm_extranet.PaymentModes',
    ),
    select('open_to_registrations', messages.open, messages.either, [
      { value: 'true', label: intl.formatMessage(sharedMessages.yes) },
      { value: 'false', label: intl.formatMessage(sharedMessages.no) },
    ]),
    text('postal_code', messages.postalCode, { inputMode: 'numeric' }),
    text('municipality', messages.municipality),
    text('covers', messages.covers, { inputMode: 'numeric' }),
  ];
};

/**
 * What a house says besides its name, for a card or a map popup: distance,
 * address, phone, payment mode, openness and disciplines (those known only
 * from the workers' accounts said so).
 * @returns {Object} distance, address, phone, payment, openness,
 *   disciplines, fromAccounts (strings or null).
 */
export const useHouseDetails = () => {
  const intl = useIntl();
  return (house) => {
    const titles = (fromAccounts) =>
      house.disciplines
        .filter((discipline) => discipline.from_accounts === fromAccounts)
        .map((discipline) => discipline.title)
        .join(', ');
    const declared = titles(false);
    const derived = titles(true);
    return {
      distance:
        typeof house.distance_km === 'number'
          ? intl.formatMessage(messages.distance, {
              distance: intl.formatNumber(house.distance_km),
            })
          : null,
      address: [
        house.street,
        [house.postal_code, house.municipality].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join(', '),
      payment: house.payment_mode?.title,
      openness: intl.formatMessage(
        house.open_to_registrations ? messages.openYes : messages.openNo,
      ),
      disciplines: declared
        ? intl.formatMessage(messages.disciplines, { list: declared })
        : null,
      fromAccounts: derived
        ? intl.formatMessage(messages.fromAccounts, { list: derived })
        : null,
    };
  };
};

/**
 * The medical-house directory (`/maisons-medicales`, the guide's
 * "répertoire des maisons médicales"): the filters of the map, results as
 * cards each opening the house's page.
 */
const HouseDirectoryPage = () => {
  const intl = useIntl();
  const { params, filters, setFilter, submit, applyFilter, start, setStart } =
    useFilters(HOUSE_FILTERS);
  const request = useService(
    'fmm-medical-houses',
    housesPath(params, { b_start: start || undefined, b_size: PAGE_SIZE }),
  );
  const { data } = request;
  const items = data?.items || [];
  const fields = useHouseFilterFields(applyFilter, data?.my_houses);
  const details = useHouseDetails();

  return (
    <Page
      id="page-medical-houses"
      className="fmm-house-directory"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <ListingFilters
        id="houses"
        label={intl.formatMessage(messages.filters)}
        filters={filters}
        setFilter={setFilter}
        onSubmit={submit}
        fields={fields}
      />
      <Results
        request={request}
        total={data?.items_total || 0}
        start={start}
        size={PAGE_SIZE}
        onPage={setStart}
      >
        {items.length > 0 && (
          <CardList className="fmm-house-cards">
            {items.map((house) => {
              const about = details(house);
              return (
                <Card
                  key={house['@id']}
                  href={house['@id']}
                  title={house.title}
                  meta={[about.distance, house.intergroup?.title]
                    .filter(Boolean)
                    .join(' · ')}
                >
                  <ul className="fmm-house-details">
                    <li>{about.address}</li>
                    {house.phone && (
                      <li>
                        {intl.formatMessage(messages.phone, {
                          phone: (
                            <a href={`tel:${house.phone.replace(/\s/g, '')}`}>
                              {house.phone}
                            </a>
                          ),
                        })}
                      </li>
                    )}
                    <li>
                      {about.payment} · {about.openness}
                    </li>
                    {about.disciplines && <li>{about.disciplines}</li>}
                    {about.fromAccounts && <li>{about.fromAccounts}</li>}
                  </ul>
                </Card>
              );
            })}
          </CardList>
        )}
      </Results>
    </Page>
  );
};

export default HouseDirectoryPage;
