import { fireEvent, screen, within } from '@testing-library/react';
import Header from './Header';
import SideMenu, { SECTIONS } from './SideMenu';
import ShortcutButtons from './ShortcutButtons';
import UserMenu, { userNameFromToken } from './UserMenu';
import ProfileReminder from './ProfileReminder';
import { fakeToken, renderWithStore } from '../../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });
const shortcuts = {
  loading: false,
  loaded: true,
  error: null,
  data: {
    items: [
      {
        '@id': 'http://localhost:8080/Plone/intergroupes/igb',
        title: 'IGB',
        kind: 'intergroup',
      },
      {
        '@id': 'http://localhost:8080/Plone/groupes-sectoriels/infirmiers',
        title: 'Infirmier·ère·s',
        kind: 'sectoral',
      },
    ],
  },
};

describe('Header', () => {
  it('shows anonymous visitors only the ways in', () => {
    renderWithStore(<Header />);
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/login',
    );
    expect(
      screen.getByRole('link', { name: 'Request an account' }),
    ).toHaveAttribute('href', '/demande-de-compte');
    expect(screen.queryByRole('navigation', { name: 'Main menu' })).toBeNull();
    expect(
      screen.queryByRole('link', { name: 'Search the extranet' }),
    ).toBeNull();
  });

  it('gives workers the menu, their groups, search and their name', () => {
    renderWithStore(<Header />, {
      state: {
        userSession: { token },
        services: { 'my-shortcuts': shortcuts },
      },
    });
    expect(
      screen.getByRole('navigation', { name: 'Main menu' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Search the extranet' }),
    ).toHaveAttribute('href', '/search');
    expect(screen.getByText('Anne Dupont')).toBeInTheDocument();
    const groups = screen.getByRole('navigation', { name: 'My groups' });
    expect(within(groups).getByRole('link', { name: 'IGB' })).toHaveAttribute(
      'href',
      '/intergroupes/igb',
    );
  });

  it("hides Volto's editing toolbar from readers only", () => {
    const { unmount } = renderWithStore(<Header />, {
      state: { userSession: { token } },
    });
    expect(document.body).toHaveClass('fmm-reader');
    unmount();
    renderWithStore(<Header />, {
      state: {
        userSession: { token },
        actions: { actions: { object: [{ id: 'edit' }] } },
      },
    });
    expect(document.body).not.toHaveClass('fmm-reader');
  });

  it('reads the user name from the token', () => {
    expect(userNameFromToken(token)).toBe('Anne Dupont');
    expect(userNameFromToken(fakeToken({ sub: 'bob' }))).toBe('bob');
    expect(userNameFromToken('garbage')).toBe('');
  });
});

describe('SideMenu', () => {
  it('lists the sections of the guide in order', () => {
    renderWithStore(<SideMenu />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'News',
      'Agenda',
      'Announcements',
      'Documents',
      'Trainings',
      'Tools',
      'Workers',
      'Medical houses',
      'Map',
      'Newsletter',
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      SECTIONS.map((section) => section.to),
    );
  });

  it('marks the current section and toggles on small screens', () => {
    renderWithStore(<SideMenu />, { route: '/documents' });
    expect(screen.getByRole('link', { name: 'Documents' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const toggle = screen.getByRole('button', {
      name: 'Menu',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(screen.getByRole('link', { name: 'Agenda' }), {
      key: 'Escape',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('shows the federation as the logo, linking home', () => {
    renderWithStore(<Header />);
    expect(
      screen.getByRole('link', { name: /Federation of medical houses/ }),
    ).toHaveAttribute('href', '/');
  });
});

describe('ShortcutButtons', () => {
  it('asks @my-shortcuts once when not loaded', () => {
    const { store } = renderWithStore(<ShortcutButtons />);
    expect(store.getActions()).toEqual([
      {
        type: 'GET_SERVICE',
        subrequest: 'my-shortcuts',
        request: { op: 'get', path: '/@my-shortcuts' },
      },
    ]);
  });

  it('renders one blue button per group, with its kind', () => {
    const { store } = renderWithStore(<ShortcutButtons />, {
      state: { services: { 'my-shortcuts': shortcuts } },
    });
    const button = screen.getByRole('link', { name: 'Infirmier·ère·s' });
    expect(button).toHaveAttribute('href', '/groupes-sectoriels/infirmiers');
    expect(button).toHaveClass('ui', 'primary', 'button', 'sectoral');
    expect(store.getActions()).toEqual([]);
  });

  it('shows nothing while the service is missing', () => {
    const { container } = renderWithStore(<ShortcutButtons />, {
      state: {
        services: {
          'my-shortcuts': {
            loading: false,
            loaded: false,
            error: { status: 404 },
            data: null,
          },
        },
      },
    });
    expect(container.querySelector('.fmm-shortcuts')).toBeNull();
  });
});

describe('UserMenu', () => {
  const state = { userSession: { token } };

  it('opens the menu of the account under the name', () => {
    renderWithStore(<UserMenu />, { state });
    const button = screen.getByRole('button', { name: 'Menu of Anne Dupont' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'My profile' })).toBeNull();
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const links = screen.getAllByRole('link');
    expect(
      links.map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['My profile', '/mon-profil'],
      ['My jobs', '/mes-emplois'],
      ['My registrations', '/mes-inscriptions'],
      ['My favourites', '/mes-favoris'],
      ['My data', '/mes-donnees'],
      ['Change my password', '/change-password'],
      ['Log out', '/logout'],
    ]);
  });

  it('leads administrators to the GDPR requests', () => {
    renderWithStore(<UserMenu />, {
      state: {
        ...state,
        actions: { actions: { object: [], user: [{ id: 'plone_setup' }] } },
      },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Menu of Anne Dupont' }),
    );
    expect(screen.getByRole('link', { name: 'GDPR requests' })).toHaveAttribute(
      'href',
      '/demandes-rgpd',
    );
  });

  it('leads reviewers, and them only, to the account requests', () => {
    const reviewer = (answer) => ({
      'account-reviewer-anne': {
        loading: false,
        loaded: true,
        error: null,
        data: { reviewer: answer },
      },
    });
    const { store, unmount } = renderWithStore(<UserMenu />, {
      state: { ...state, services: reviewer(false) },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Menu of Anne Dupont' }),
    );
    expect(screen.queryByRole('link', { name: 'Account requests' })).toBeNull();
    expect(store.getActions()).not.toContainEqual(
      expect.objectContaining({ subrequest: 'account-reviewer-anne' }),
    );
    unmount();
    renderWithStore(<UserMenu />, {
      state: { ...state, services: reviewer(true) },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Menu of Anne Dupont' }),
    );
    expect(
      screen.getByRole('link', { name: 'Account requests' }),
    ).toHaveAttribute('href', '/demandes-de-compte');
  });

  it('asks once whether the user reviews account requests', () => {
    const { store } = renderWithStore(<UserMenu />, { state });
    expect(store.getActions()).toContainEqual(
      expect.objectContaining({
        subrequest: 'account-reviewer-anne',
        request: expect.objectContaining({
          path: '/@account-requests/reviewer',
        }),
      }),
    );
  });

  it('closes on Escape, giving the focus back to the button', () => {
    renderWithStore(<UserMenu />, { state });
    const button = screen.getByRole('button', { name: 'Menu of Anne Dupont' });
    fireEvent.click(button);
    const link = screen.getByRole('link', { name: 'My jobs' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when a page opens or on a click elsewhere', () => {
    const { seen } = renderWithStore(<UserMenu />, { state });
    const button = screen.getByRole('button', { name: 'Menu of Anne Dupont' });
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('link', { name: 'My registrations' }));
    expect(seen.location.pathname).toBe('/mes-inscriptions');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    fireEvent.mouseDown(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('ProfileReminder', () => {
  const profile = (required) => ({
    'profile-completion': {
      loading: false,
      loaded: true,
      error: null,
      data: { profile_completion: { required, missing: [] } },
    },
  });

  it('leads a first visit to the profile', () => {
    const { store } = renderWithStore(<ProfileReminder />, {
      state: { services: profile(true) },
    });
    expect(store.getActions()[0]).toMatchObject({
      type: 'GET_SERVICE',
      subrequest: 'profile-completion',
      request: { path: '/@my-profile' },
    });
    expect(
      screen.getByRole('link', { name: 'Complete my profile' }),
    ).toHaveAttribute('href', '/mon-profil');
  });

  it('says nothing once the profile was saved, nor on the profile page', () => {
    const { container, unmount } = renderWithStore(<ProfileReminder />, {
      state: { services: profile(false) },
    });
    expect(container).toBeEmptyDOMElement();
    unmount();
    renderWithStore(<ProfileReminder />, {
      state: { services: profile(true) },
      route: '/mon-profil',
    });
    expect(
      screen.queryByRole('link', { name: 'Complete my profile' }),
    ).toBeNull();
  });
});
