import { screen } from '@testing-library/react';
import HomePage from './HomePage';
import {
  fakeToken,
  renderWithStore,
  searchRequests,
} from '../../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };

describe('HomePage', () => {
  it('sends anonymous visitors to the login page', () => {
    const { seen, store } = renderWithStore(<HomePage />);
    expect(seen.location.pathname).toBe('/login');
    expect(searchRequests(store)).toEqual({});
  });

  it('searches hot news, next activities and latest announcements', () => {
    const { store } = renderWithStore(<HomePage />, { state: loggedIn });
    const requests = searchRequests(store);
    expect(Object.keys(requests).sort()).toEqual([
      'home-activities',
      'home-announcements',
      'home-news',
    ]);
    expect(requests['home-news']).toContain('portal_type:list=News Item');
    expect(requests['home-news']).toMatch(
      /fmm_featured_until\.query=\d{4}-\d\d-\d\dT00:00:00Z/,
    );
    expect(requests['home-news']).toContain('fmm_featured_until.range=min');
    expect(requests['home-news']).toContain('b_size=4');
    expect(requests['home-activities']).toContain('portal_type:list=Activity');
    expect(requests['home-activities']).toContain('end.range=min');
    expect(requests['home-announcements']).toContain(
      'portal_type:list=Announcement',
    );
  });

  it('shows the results of each section', () => {
    renderWithStore(<HomePage />, {
      state: {
        ...loggedIn,
        search: {
          subrequests: {
            'home-activities': {
              loaded: true,
              items: [
                {
                  '@id': '/agenda/ag',
                  title: 'Assemblée générale',
                  start: '2026-06-05T12:00:00+00:00',
                  end: '2026-06-05T14:00:00+00:00',
                },
              ],
            },
            'home-announcements': { loaded: true, items: [] },
          },
        },
      },
    });
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Extranet of the medical houses',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Assemblée générale' }),
    ).toHaveAttribute('href', '/agenda/ag');
    expect(screen.getByText(/June 5, 2026.*2:00.*4:00/)).toBeInTheDocument();
    const announcements = screen
      .getByRole('heading', { name: 'Latest announcements' })
      .closest('section');
    expect(announcements).toHaveTextContent('Nothing yet.');
  });

  it('shows my next registrations, not the cancelled ones', () => {
    const registration = (title, state) => ({
      state,
      activity: {
        '@id': `/agenda/${title}`,
        title,
        start: '2026-06-05T12:00:00+00:00',
        end: '2026-06-05T14:00:00+00:00',
      },
    });
    const { store } = renderWithStore(<HomePage />, {
      state: {
        ...loggedIn,
        services: {
          'home-registrations': {
            loaded: true,
            data: {
              upcoming: [
                registration('Formation', 'confirmed'),
                registration('Colloque', 'cancelled'),
                registration('Assemblée', 'waiting'),
              ],
              past: [registration('Passée', 'confirmed')],
            },
          },
        },
      },
    });
    expect(
      store
        .getActions()
        .some((action) => action.request?.path === '/@my-registrations'),
    ).toBe(true);
    const mine = screen
      .getByRole('heading', { name: 'My next registrations' })
      .closest('section');
    const titles = Array.from(mine.querySelectorAll('.fmm-item-title')).map(
      (link) => link.textContent,
    );
    expect(titles).toEqual(['Formation', 'Assemblée']);
    expect(
      screen.getByRole('link', { name: /See all.*My next registrations/ }),
    ).toHaveAttribute('href', '/mes-inscriptions');
  });

  it('says when I have no upcoming registration', () => {
    renderWithStore(<HomePage />, {
      state: {
        ...loggedIn,
        services: {
          'home-registrations': {
            loaded: true,
            data: { upcoming: [], past: [] },
          },
        },
      },
    });
    expect(screen.getByText(/No upcoming registration\./)).toBeInTheDocument();
  });
});
