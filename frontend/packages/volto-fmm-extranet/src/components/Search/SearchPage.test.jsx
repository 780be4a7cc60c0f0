import { fireEvent, screen } from '@testing-library/react';
import SearchPage, { searchQuery } from './SearchPage';
import {
  fakeToken,
  renderWithStore,
  searchRequests,
} from '../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };

describe('searchQuery', () => {
  it('sorts words by relevance and adds the filters', () => {
    expect(
      searchQuery({
        SearchableText: 'secret professionnel',
        portal_type: 'Formation,Tool',
        group: '/thematiques/ethique',
        Creator: 'marie',
        dequap_category: 'participation',
        b_start: '20',
      }),
    ).toEqual({
      SearchableText: 'secret%20professionnel',
      portal_type: ['Formation', 'Tool'],
      path: '/thematiques/ethique',
      Creator: 'marie',
      fmm_dequap: 'participation',
      sort_on: undefined,
      sort_order: undefined,
      b_start: '20',
      b_size: 20,
      metadata_fields: ['effective'],
    });
  });

  it('sorts by date when asked or without words', () => {
    expect(searchQuery({ SearchableText: 'x', sort: 'date' })).toMatchObject({
      sort_on: 'effective',
      sort_order: 'descending',
    });
    expect(searchQuery({ portal_type: ['Announcement'] })).toMatchObject({
      portal_type: ['Announcement'],
      sort_on: 'effective',
    });
  });
});

describe('SearchPage', () => {
  it('searches with the URL parameters and lists the groups', () => {
    const { store } = renderWithStore(<SearchPage />, {
      state: loggedIn,
      route: '/search?SearchableText=vaccination&sort=date',
    });
    const requests = searchRequests(store);
    expect(requests['fmm-search']).toMatch(
      /^\/@search\?SearchableText=vaccination\*/,
    );
    expect(requests['fmm-search']).toContain('sort_on=effective');
    expect(requests['fmm-group-options']).toContain(
      'portal_type:list=SectoralGroup',
    );
    expect(screen.getByLabelText('Words')).toHaveValue('vaccination');
    expect(screen.getByLabelText('Sort by')).toHaveValue('date');
  });

  it('shows results with their type and count', () => {
    renderWithStore(<SearchPage />, {
      state: {
        ...loggedIn,
        search: {
          subrequests: {
            'fmm-search': {
              loaded: true,
              total: 1,
              items: [
                {
                  '@id': '/groupes-sectoriels/infirmiers/protocole.pdf',
                  title: 'Protocole',
                  type_title: 'File',
                  effective: '2026-01-10T10:00:00+00:00',
                },
              ],
            },
            'fmm-group-options': {
              loaded: true,
              items: [
                {
                  '@id': '/groupes-sectoriels/infirmiers',
                  title: 'Infirmier·ère·s',
                },
              ],
            },
          },
        },
      },
    });
    expect(screen.getByText('1 result')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Protocole' })).toBeInTheDocument();
    expect(screen.getByText('File')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Infirmier·ère·s' })).toHaveValue(
      '/groupes-sectoriels/infirmiers',
    );
  });

  it('puts the filters in the URL on submit', () => {
    const { seen } = renderWithStore(<SearchPage />, {
      state: loggedIn,
      route: '/search',
    });
    fireEvent.change(screen.getByLabelText('Words'), {
      target: { value: 'écologie' },
    });
    fireEvent.change(screen.getByLabelText('Type of content'), {
      target: { value: 'Formation,Tool' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const params = new URLSearchParams(seen.location.search);
    expect(params.get('SearchableText')).toBe('écologie');
    expect(params.getAll('portal_type')).toEqual(['Formation', 'Tool']);
  });
});
