import { fireEvent, screen, within } from '@testing-library/react';
import MapPage from './MapPage';
import { fakeToken, renderWithStore } from '../../helpers/testing';
import { answer } from './houseAnswer.testdata';

jest.mock('./HouseMap', () => ({ houses, tileUrl, attribution }) => (
  <div data-testid="map" data-tiles={tileUrl} data-attribution={attribution}>
    {houses
      .map((house) => `${house.label} ${house.colour} ${house.details[0]}`)
      .join('|')}
  </div>
));

const state = {
  userSession: { token: fakeToken({ sub: 'julie' }) },
  services: { 'fmm-map-houses': { loaded: true, data: answer } },
};

describe('MapPage', () => {
  it('draws the houses @medical-houses finds, coloured by payment mode', async () => {
    const { store } = renderWithStore(<MapPage />, {
      state,
      route: '/cartographie?discipline=psychologue&near=uid-laveu',
    });
    const asked = store
      .getActions()
      .filter((action) => action.type === 'GET_SERVICE')
      .map((action) => action.request.path);
    expect(asked).toEqual([
      '/@medical-houses?discipline=psychologue&near=uid-laveu&b_size=1000',
    ]);
    expect(await screen.findByTestId('map')).toHaveTextContent(
      'Maison médicale du Laveu (101) #0b5ea8 0 km away|Maison médicale de Seraing (150) #b34700 4.6 km away',
    );
    expect(screen.getByTestId('map')).toHaveAttribute(
      'data-tiles',
      'https://tiles.example.be/{z}/{x}/{y}.png',
    );
    expect(screen.getByTestId('map')).toHaveAttribute(
      'data-attribution',
      '© Exemple',
    );
    const legend = screen.getByRole('list', {
      name: 'Colour of the zones by payment mode',
    });
    expect(within(legend).getByText('À l’acte')).toBeInTheDocument();
  });

  it('lists the same houses in a table, with their distance', async () => {
    renderWithStore(<MapPage />, {
      state,
      route: '/cartographie?near=uid-laveu',
    });
    const table = await screen.findByRole('table');
    expect(
      within(table).getByRole('link', {
        name: 'Maison médicale de Seraing (150)',
      }),
    ).toHaveAttribute('href', '/maisons-medicales/mm-seraing');
    expect(within(table).getByText('4.6 km')).toBeInTheDocument();
    expect(
      within(table).getByText('diététicien·ne, psychologue'),
    ).toBeInTheDocument();
    expect(screen.getByText('2 results')).toBeInTheDocument();
  });

  it('filters through the URL with the directory’s filters', () => {
    const { seen } = renderWithStore(<MapPage />, {
      state,
      route: '/cartographie',
    });
    fireEvent.change(screen.getByLabelText('Around'), {
      target: { value: 'uid-laveu' },
    });
    expect(seen.location.search).toBe('?near=uid-laveu');
    fireEvent.change(screen.getByLabelText('Postal code'), {
      target: { value: '40' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(seen.location.search).toBe('?near=uid-laveu&postal_code=40');
  });
});
