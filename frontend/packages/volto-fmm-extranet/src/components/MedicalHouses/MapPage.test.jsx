import { fireEvent, screen, within } from '@testing-library/react';
import MapPage, { filterHouses } from './MapPage';
import {
  fakeToken,
  renderWithStore,
  searchRequests,
} from '../../helpers/testing';

jest.mock('./HouseMap', () => ({ houses }) => (
  <div data-testid="map">{houses.map((house) => house.label).join('|')}</div>
));

const houses = [
  {
    '@id': 'http://localhost:8080/Plone/maisons-medicales/mm-centre',
    title: 'MM du Centre',
    number: 12,
    postal_code: '1000',
    municipality: 'Bruxelles',
    intergroup: { token: 'IGB', title: 'IGB' },
    payment_mode: { token: 'forfait', title: 'Au forfait' },
    open_to_registrations: true,
  },
  {
    '@id': 'http://localhost:8080/Plone/maisons-medicales/mm-meuse',
    title: 'MM de la Meuse',
    number: 40,
    postal_code: '4000',
    municipality: 'Liège',
    intergroup: { token: 'IGL', title: 'IGL' },
    payment_mode: { token: 'acte', title: 'À l’acte' },
    open_to_registrations: false,
  },
];

const state = {
  userSession: { token: fakeToken({ sub: 'anne' }) },
  search: {
    subrequests: { 'fmm-map-houses': { loaded: true, items: houses } },
  },
};

describe('filterHouses', () => {
  it('combines the filters', () => {
    expect(filterHouses(houses, {}).length).toBe(2);
    expect(filterHouses(houses, { intergroup: 'IGL' })[0].title).toBe(
      'MM de la Meuse',
    );
    expect(
      filterHouses(houses, { payment_mode: 'forfait', open: '1' })[0].title,
    ).toBe('MM du Centre');
    expect(filterHouses(houses, { postal_code: '4', open: '1' })).toEqual([]);
  });
});

describe('MapPage', () => {
  it('loads every medical house with its zone', async () => {
    const { store } = renderWithStore(<MapPage />, {
      state: { ...state, search: { subrequests: {} } },
    });
    expect(searchRequests(store)['fmm-map-houses']).toMatch(
      /fullobjects=1.*portal_type:list=MedicalHouse/,
    );
    expect(await screen.findByTestId('map')).toBeEmptyDOMElement();
  });

  it('shows the houses on the map and in a table', async () => {
    renderWithStore(<MapPage />, { state, route: '/cartographie' });
    expect(await screen.findByTestId('map')).toHaveTextContent(
      'MM du Centre (12)|MM de la Meuse (40)',
    );
    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('link', { name: 'MM de la Meuse (40)' }),
    ).toHaveAttribute('href', '/maisons-medicales/mm-meuse');
    expect(screen.getByText('2 results')).toBeInTheDocument();
  });

  it('filters through the URL', async () => {
    const { seen } = renderWithStore(<MapPage />, {
      state,
      route: '/cartographie',
    });
    fireEvent.change(screen.getByLabelText('Payment mode'), {
      target: { value: 'acte' },
    });
    expect(seen.location.search).toBe('?payment_mode=acte');
    expect(await screen.findByTestId('map')).toHaveTextContent(
      'MM de la Meuse (40)',
    );
    expect(screen.getByText('1 result')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Open to new patients only'));
    expect(seen.location.search).toBe('?payment_mode=acte&open=1');
    expect(screen.getByText('No result')).toBeInTheDocument();
  });
});
