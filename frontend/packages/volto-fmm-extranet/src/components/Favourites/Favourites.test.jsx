import { fireEvent, screen, waitFor } from '@testing-library/react';
import config from '@plone/volto/registry';
import ItemActions from '../Layout/ItemActions/ItemActions';
import applySlots from '../../config/slots';
import FavouritesPage from './FavouritesPage';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });
const NEWS = 'http://localhost:8080/Plone/actualites/congres';

const content = (favourite) => ({
  '@id': NEWS,
  '@type': 'News Item',
  title: 'Congrès',
  '@components': { favourite: { '@id': `${NEWS}/@favourite`, favourite } },
});

const renderActions = (page, api = jest.fn()) =>
  renderWithStore(<ItemActions content={page} />, {
    route: '/actualites/congres',
    api,
    state: { userSession: { token } },
  });

describe('FavouriteButton', () => {
  it('starts from the state the page came with, adds, then takes it out', async () => {
    const api = jest.fn((request) => ({ favourite: request.op === 'post' }));
    renderActions(content(false), api);
    const button = screen.getByRole('button', { name: 'Add to my favourites' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    fireEvent.click(button);
    const pressed = await screen.findByRole('button', {
      name: 'Remove from my favourites',
    });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    expect(api.mock.calls[0][0]).toEqual({
      op: 'post',
      path: '/actualites/congres/@favourite',
      data: {},
    });

    fireEvent.click(pressed);
    await screen.findByRole('button', { name: 'Add to my favourites' });
    expect(api.mock.calls[1][0]).toEqual({
      op: 'del',
      path: '/actualites/congres/@favourite',
    });
    expect(api).toHaveBeenCalledTimes(2); // no request for the state itself
  });

  it('says so when the change fails, and keeps the state', async () => {
    const api = jest.fn(() => {
      throw apiError(500);
    });
    renderActions(content(true), api);
    fireEvent.click(
      screen.getByRole('button', { name: 'Remove from my favourites' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The favourites could not be changed. Try again.',
    );
    expect(
      screen.getByRole('button', { name: 'Remove from my favourites' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows only where the expander answered for a worker', () => {
    const { '@components': _, ...anonymousPage } = content(false);
    renderActions(anonymousPage);
    renderActions({
      ...anonymousPage,
      '@components': { favourite: { '@id': `${NEWS}/@favourite` } },
    });
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('the belowContent slot', () => {
  beforeAll(() => applySlots(config));

  it('holds the bar on content pages, not on the home page', () => {
    const slot = config.getSlot('belowContent', {
      content: content(false),
      location: { pathname: '/actualites/congres' },
    });
    expect(slot.map(({ name }) => name)).toContain('itemActions');
    const home = config.getSlot('belowContent', {
      content: { '@id': 'http://localhost:8080/Plone', '@type': 'Plone Site' },
      location: { pathname: '/' },
    });
    expect((home || []).map(({ name }) => name)).not.toContain('itemActions');
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
