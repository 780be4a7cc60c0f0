import { fireEvent, screen, waitFor } from '@testing-library/react';
import FavouriteButton from './FavouriteButton';
import FavouritesPage from './FavouritesPage';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });
const NEWS = 'http://localhost:8080/Plone/actualites/congres';

const content = { '@id': NEWS, '@type': 'News Item', title: 'Congrès' };

const renderButton = ({
  route = '/actualites/congres',
  api,
  signedIn = true,
} = {}) =>
  renderWithStore(<FavouriteButton />, {
    route,
    api,
    state: {
      userSession: { token: signedIn ? token : null },
      content: { data: content },
    },
  });

describe('FavouriteButton', () => {
  it('adds the item to the favourites, then takes it out', async () => {
    const api = jest.fn((request) => ({
      favourite: request.op === 'get' ? false : request.op === 'post',
    }));
    renderButton({ api });
    const button = await screen.findByRole('button', {
      name: 'Add to my favourites',
    });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(api.mock.calls[0][0]).toEqual({
      op: 'get',
      path: '/actualites/congres/@favourite',
    });

    fireEvent.click(button);
    const pressed = await screen.findByRole('button', {
      name: 'Remove from my favourites',
    });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    expect(api.mock.calls[1][0]).toEqual({
      op: 'post',
      path: '/actualites/congres/@favourite',
    });

    fireEvent.click(pressed);
    await screen.findByRole('button', { name: 'Add to my favourites' });
    expect(api.mock.calls[2][0]).toEqual({
      op: 'del',
      path: '/actualites/congres/@favourite',
    });
  });

  it('says so when the change fails, and keeps the state', async () => {
    const api = jest.fn((request) => {
      if (request.op === 'get') return { favourite: false };
      throw apiError(500);
    });
    renderButton({ api });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Add to my favourites' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The favourites could not be changed. Try again.',
    );
    expect(
      screen.getByRole('button', { name: 'Add to my favourites' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows nowhere but on the page of the item, to a signed-in user', () => {
    const api = jest.fn(() => ({ favourite: false }));
    renderButton({ api, route: '/actualites/congres/edit' });
    renderButton({ api, signedIn: false });
    expect(api).not.toHaveBeenCalled();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('FavouritesPage', () => {
  const items = [
    {
      '@id': NEWS,
      UID: 'u1',
      title: 'Congrès',
      description: 'Le congrès annuel',
    },
    {
      '@id': 'http://localhost:8080/Plone/outils/guide',
      UID: 'u2',
      title: 'Guide',
      description: '',
    },
  ];

  it('lists the favourites, each with a button that takes it out', async () => {
    const api = jest.fn((request) =>
      request.op === 'get' ? { items } : { favourite: false },
    );
    renderWithStore(<FavouritesPage />, {
      api,
      state: { userSession: { token } },
    });
    expect(
      await screen.findByRole('link', { name: 'Congrès' }),
    ).toHaveAttribute('href', '/actualites/congres');
    expect(api.mock.calls[0][0]).toEqual({ op: 'get', path: '/@favourites' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Congrès' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Congrès' })).toBeNull(),
    );
    expect(api.mock.calls[1][0]).toEqual({
      op: 'del',
      path: '/actualites/congres/@favourite',
    });
    expect(screen.getByRole('link', { name: 'Guide' })).toBeInTheDocument();
  });

  it('tells how to add one when there is none', async () => {
    const api = jest.fn(() => ({ items: [] }));
    renderWithStore(<FavouritesPage />, {
      api,
      state: { userSession: { token } },
    });
    expect(
      await screen.findByText(
        'No favourite yet: use the heart at the bottom of any page to add one.',
      ),
    ).toBeInTheDocument();
  });
});
