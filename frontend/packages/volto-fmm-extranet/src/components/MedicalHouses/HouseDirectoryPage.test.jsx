import { fireEvent, screen, within } from '@testing-library/react';
import HouseDirectoryPage, { housesPath } from './HouseDirectoryPage';
import { fakeToken, renderWithStore } from '../../helpers/testing';
import { answer } from './houseAnswer.testdata';

const loggedIn = { userSession: { token: fakeToken({ sub: 'julie' }) } };

const asked = (store) =>
  store
    .getActions()
    .filter((action) => action.type === 'GET_SERVICE')
    .map((action) => action.request.path);

describe('housesPath', () => {
  it('asks @medical-houses with the filters, the distance only with its centre', () => {
    expect(
      housesPath(
        { discipline: 'psychologue', radius_km: '10', x: 'y' },
        { b_size: 24 },
      ),
    ).toBe('/@medical-houses?discipline=psychologue&b_size=24');
    expect(housesPath({ near: 'uid-laveu', radius_km: '10' })).toBe(
      '/@medical-houses?near=uid-laveu&radius_km=10',
    );
  });
});

describe('HouseDirectoryPage', () => {
  it('shows each house as a card opening its page, with its details', () => {
    const { store } = renderWithStore(<HouseDirectoryPage />, {
      route: '/maisons-medicales?near=uid-laveu&discipline=psychologue',
      state: {
        ...loggedIn,
        services: { 'fmm-medical-houses': { loaded: true, data: answer } },
      },
    });
    expect(asked(store)).toEqual([
      '/@medical-houses?discipline=psychologue&near=uid-laveu&b_size=24',
    ]);
    const link = screen.getByRole('link', {
      name: 'Maison médicale du Laveu (101)',
    });
    expect(link).toHaveAttribute('href', '/maisons-medicales/mm-laveu');
    const card = link.closest('li');
    expect(within(card).getByText('0 km away · IGL')).toBeInTheDocument();
    expect(
      within(card).getByText('Rue du Laveu 12, 4000 Liège'),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: '04 222 00 00' }),
    ).toHaveAttribute('href', 'tel:042220000');
    expect(
      within(card).getByText('Disciplines present (declared): diététicien·ne'),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(
        'Disciplines present according to the extranet accounts: psychologue',
      ),
    ).toBeInTheDocument();
    const other = screen
      .getByRole('link', { name: 'Maison médicale de Seraing (150)' })
      .closest('li');
    expect(
      within(other).getByText('À l’acte · Closed to new registrations'),
    ).toBeInTheDocument();
    expect(within(other).queryByText(/Disciplines/)).toBeNull();
  });

  it('searches around one of the reader’s houses', () => {
    const { seen } = renderWithStore(<HouseDirectoryPage />, {
      route: '/maisons-medicales',
      state: {
        ...loggedIn,
        services: { 'fmm-medical-houses': { loaded: true, data: answer } },
      },
    });
    fireEvent.change(screen.getByLabelText('Around'), {
      target: { value: 'uid-laveu' },
    });
    expect(seen.location.search).toBe('?near=uid-laveu');
    fireEvent.change(screen.getByLabelText('Within'), {
      target: { value: '10' },
    });
    expect(seen.location.search).toBe('?near=uid-laveu&radius_km=10');
    fireEvent.change(screen.getByLabelText('Open to new patients'), {
      target: { value: 'true' },
    });
    expect(seen.location.search).toBe(
      '?near=uid-laveu&radius_km=10&open_to_registrations=true',
    );
  });

  it('offers no distance to a reader without a house', () => {
    renderWithStore(<HouseDirectoryPage />, {
      state: {
        ...loggedIn,
        services: {
          'fmm-medical-houses': {
            loaded: true,
            data: { ...answer, my_houses: [] },
          },
        },
      },
    });
    expect(screen.queryByLabelText('Around')).toBeNull();
    expect(screen.getByLabelText('Municipality')).toBeInTheDocument();
  });
});
