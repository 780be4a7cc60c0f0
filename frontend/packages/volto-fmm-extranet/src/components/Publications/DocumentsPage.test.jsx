import { fireEvent, screen, within } from '@testing-library/react';
import DocumentsPage from './DocumentsPage';
import { fakeToken, renderWithStore } from '../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };
const results = {
  loading: false,
  loaded: true,
  error: null,
  data: {
    items_total: 2,
    items: [
      {
        '@id':
          'http://localhost:8080/Plone/groupes-sectoriels/infirmiers/pv/pv-mars.pdf',
        title: 'PV de mars',
        description: 'Procès-verbal de la réunion de mars',
        date: '2026-03-20T09:00:00+00:00',
        group: {
          '@id': 'http://localhost:8080/Plone/groupes-sectoriels/infirmiers',
          title: 'Infirmier·ère·s',
        },
        folder: [
          {
            '@id': 'http://localhost:8080/Plone/groupes-sectoriels/infirmiers',
            title: 'Infirmier·ère·s',
          },
          {
            '@id':
              'http://localhost:8080/Plone/groupes-sectoriels/infirmiers/pv',
            title: 'PV',
          },
        ],
        can_open: true,
      },
      {
        '@id':
          'http://localhost:8080/Plone/groupes-de-travail/gt-ethique/note.pdf',
        title: 'Note interne',
        description: 'Note du groupe éthique',
        date: '2026-02-01T09:00:00+00:00',
        group: {
          '@id': 'http://localhost:8080/Plone/groupes-de-travail/gt-ethique',
          title: 'GT éthique',
        },
        folder: [],
        can_open: false,
      },
    ],
  },
};

describe('DocumentsPage', () => {
  it('asks @documents with the filters of the URL', () => {
    const { store } = renderWithStore(<DocumentsPage />, {
      state: loggedIn,
      route: '/documents?SearchableText=pv&group=uid-infirmiers&b_start=25',
    });
    expect(store.getActions()).toContainEqual({
      type: 'GET_SERVICE',
      subrequest: 'documents',
      request: {
        op: 'get',
        path: '/@documents?SearchableText=pv&group=uid-infirmiers&b_start=25&b_size=25',
      },
    });
  });

  it('lists open documents with a link, folder path and group', () => {
    renderWithStore(<DocumentsPage />, {
      state: { ...loggedIn, services: { documents: results } },
    });
    const link = screen.getByRole('link', { name: 'PV de mars' });
    expect(link).toHaveAttribute(
      'href',
      '/groupes-sectoriels/infirmiers/pv/pv-mars.pdf',
    );
    expect(link).toHaveAttribute(
      'title',
      'Procès-verbal de la réunion de mars',
    );
    expect(link).toHaveAccessibleDescription(
      'Procès-verbal de la réunion de mars',
    );
    const path = screen.getByRole('navigation', { name: 'Folder path' });
    expect(within(path).getByRole('link', { name: 'PV' })).toHaveAttribute(
      'href',
      '/groupes-sectoriels/infirmiers/pv',
    );
    expect(screen.getByText('2 results')).toBeInTheDocument();
  });

  it('shows locked documents with a lock and no link', () => {
    renderWithStore(<DocumentsPage />, {
      state: { ...loggedIn, services: { documents: results } },
    });
    expect(screen.queryByRole('link', { name: /Note interne/ })).toBeNull();
    const row = screen.getByText('Note interne').closest('tr');
    expect(row).toHaveClass('locked');
    expect(within(row).getByText('(restricted access)')).toBeInTheDocument();
    expect(within(row).getByTitle('restricted access')).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: 'GT éthique' }),
    ).toHaveAttribute('href', '/groupes-de-travail/gt-ethique');
  });

  it('puts the filters in the URL on submit, the group by UID', () => {
    const { seen } = renderWithStore(<DocumentsPage />, {
      state: {
        ...loggedIn,
        search: {
          subrequests: {
            'fmm-group-options': {
              loaded: true,
              items: [
                {
                  '@id': '/groupes-sectoriels/infirmiers',
                  UID: 'uid-infirmiers',
                  title: 'Infirmier·ère·s',
                },
              ],
            },
          },
        },
      },
      route: '/documents',
    });
    fireEvent.change(screen.getByLabelText('Words'), {
      target: { value: 'budget' },
    });
    fireEvent.change(screen.getByLabelText('From'), {
      target: { value: '2026-01-01' },
    });
    fireEvent.change(screen.getByLabelText('Group'), {
      target: { value: 'uid-infirmiers' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(seen.location.pathname).toBe('/documents');
    expect(seen.location.search).toBe(
      '?SearchableText=budget&start=2026-01-01&group=uid-infirmiers',
    );
  });

  it('degrades to a message while the service is missing', () => {
    renderWithStore(<DocumentsPage />, {
      state: {
        ...loggedIn,
        services: {
          documents: {
            loading: false,
            loaded: false,
            error: { status: 404 },
            data: null,
          },
        },
      },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'The documents cannot be listed at the moment.',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });
});
