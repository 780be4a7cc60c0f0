import { fireEvent, screen, within } from '@testing-library/react';
import SearchPage, { searchQuery } from './SearchPage';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };

const answer = {
  loading: false,
  loaded: true,
  error: null,
  data: {
    items_total: 2,
    items: [
      {
        '@id': 'http://localhost:8080/Plone/thematiques/ethique/protocole.pdf',
        title: 'Protocole',
        type_title: 'Fichier',
        effective: '2026-01-10T10:00:00+00:00',
        author: 'Marie Dupont',
        snippet:
          'Le <mark>secret</mark> professionnel &lt;b&gt; en maison médicale',
        description: 'Une description',
      },
      {
        '@id': 'http://localhost:8080/Plone/actualites/ag',
        title: 'Assemblée générale',
        type_title: 'Actualité',
        effective: '1969-12-31T00:00:00+00:00',
        created: '2026-02-01T10:00:00+00:00',
        author: null,
        snippet: '',
        description: 'Le programme',
      },
    ],
    facets: {
      portal_type: [
        { value: 'File', title: 'Fichier', count: 5 },
        { value: 'News Item', title: 'Actualité', count: 2 },
      ],
      fmm_groups: [{ value: 'uid-ethique', title: 'Éthique', count: 3 }],
      Creator: [{ value: 'u123', title: 'Marie Dupont', count: 4 }],
      fmm_year: [{ value: '2026', title: '2026', count: 7 }],
    },
  },
};

const serviceRequests = (store) =>
  store
    .getActions()
    .filter((action) => action.type === 'GET_SERVICE')
    .map((action) => action.request.path);

describe('searchQuery', () => {
  it('sorts words by relevance and passes the facets chosen', () => {
    expect(
      searchQuery({
        SearchableText: 'secret professionnel',
        portal_type: ['File', 'Document'],
        fmm_groups: 'uid-ethique',
        Creator: 'u123',
        fmm_year: '2026',
        dequap_category: 'participation',
        b_start: '20',
      }),
    ).toEqual({
      SearchableText: 'secret professionnel',
      use_site_search_settings: undefined,
      portal_type: ['File', 'Document'],
      fmm_groups: 'uid-ethique',
      Creator: 'u123',
      fmm_year: '2026',
      fmm_dequap: 'participation',
      sort_on: undefined,
      sort_order: undefined,
      b_start: '20',
      b_size: 20,
      metadata_fields: ['effective', 'created'],
    });
  });

  it('sorts by date when asked or without words, people left out', () => {
    expect(searchQuery({ SearchableText: 'x', sort: 'date' })).toMatchObject({
      sort_on: 'Date',
      sort_order: 'descending',
    });
    expect(searchQuery({ portal_type: 'Announcement' })).toMatchObject({
      portal_type: 'Announcement',
      use_site_search_settings: 1,
      sort_on: 'Date',
    });
  });
});

describe('SearchPage', () => {
  it('asks @search with the parameters of the URL', () => {
    const { store } = renderWithStore(<SearchPage />, {
      state: loggedIn,
      route:
        '/search?SearchableText=vaccination&portal_type=File&portal_type=Document&sort=date',
    });
    expect(serviceRequests(store)).toEqual([
      '/@search?SearchableText=vaccination&portal_type=File&portal_type=Document&sort_on=Date&sort_order=descending&b_start=0&b_size=20&metadata_fields=effective&metadata_fields=created',
    ]);
    expect(screen.getByLabelText('Words')).toHaveValue('vaccination');
    expect(screen.getByLabelText('Sort by')).toHaveValue('date');
  });

  it('shows each result with its type, date, author and highlighted passage', () => {
    const { container } = renderWithStore(<SearchPage />, {
      state: { ...loggedIn, services: { 'fmm-search': answer } },
      route: '/search?SearchableText=secret',
    });
    expect(screen.getByText('2 results')).toBeInTheDocument();
    const [first, second] = container.querySelectorAll(
      '.fmm-search-results li',
    );
    expect(
      within(first).getByRole('link', { name: 'Protocole' }),
    ).toHaveAttribute('href', '/thematiques/ethique/protocole.pdf');
    expect(within(first).getByText('Fichier')).toBeInTheDocument();
    expect(within(first).getByText('by Marie Dupont')).toBeInTheDocument();
    expect(within(first).getByText('January 10, 2026')).toBeInTheDocument();
    const snippet = first.querySelector('.fmm-snippet');
    expect(snippet.querySelector('mark')).toHaveTextContent('secret');
    expect(snippet).toHaveTextContent('Le secret professionnel <b> en maison');
    expect(snippet.querySelector('b')).toBeNull();
    expect(within(first).queryByText('Une description')).toBeNull();
    // no passage: the description; no author: no byline; never 1969
    expect(within(second).getByText('Le programme')).toBeInTheDocument();
    expect(within(second).queryByText(/^by /)).toBeNull();
    expect(within(second).getByText('February 1, 2026')).toBeInTheDocument();
  });

  it('offers the facets as checkboxes with their counts', () => {
    renderWithStore(<SearchPage />, {
      state: { ...loggedIn, services: { 'fmm-search': answer } },
      route: '/search?SearchableText=secret&portal_type=File',
    });
    const refine = screen.getByRole('complementary', {
      name: 'Refine the results',
    });
    const types = within(refine).getByRole('group', {
      name: 'Type of content',
    });
    expect(
      within(types).getByRole('checkbox', { name: 'Fichier (5)' }),
    ).toBeChecked();
    expect(
      within(types).getByRole('checkbox', { name: 'Actualité (2)' }),
    ).not.toBeChecked();
    expect(
      within(refine).getByRole('checkbox', { name: 'Éthique (3)' }),
    ).toBeInTheDocument();
    expect(
      within(within(refine).getByRole('group', { name: 'Author' })).getByRole(
        'checkbox',
        { name: 'Marie Dupont (4)' },
      ),
    ).toBeInTheDocument();
    expect(
      within(refine).getByRole('checkbox', { name: '2026 (7)' }),
    ).toBeInTheDocument();
  });

  it('narrows and widens the search with the facets, from the first page', () => {
    const { seen } = renderWithStore(<SearchPage />, {
      state: { ...loggedIn, services: { 'fmm-search': answer } },
      route: '/search?SearchableText=secret&portal_type=File&b_start=20',
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Actualité (2)' }));
    let params = new URLSearchParams(seen.location.search);
    expect(params.getAll('portal_type')).toEqual(['File', 'News Item']);
    expect(params.get('SearchableText')).toBe('secret');
    expect(params.get('b_start')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Marie Dupont (4)' }));
    params = new URLSearchParams(seen.location.search);
    expect(params.get('Creator')).toBe('u123');
    expect(params.getAll('portal_type')).toEqual(['File', 'News Item']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fichier (5)' }));
    params = new URLSearchParams(seen.location.search);
    expect(params.getAll('portal_type')).toEqual(['News Item']);
  });

  it('keeps the facets chosen when new words are submitted', () => {
    const { seen } = renderWithStore(<SearchPage />, {
      state: loggedIn,
      route: '/search?SearchableText=secret&fmm_year=2026',
    });
    fireEvent.change(screen.getByLabelText('Words'), {
      target: { value: 'écologie' },
    });
    fireEvent.change(screen.getByLabelText('Sort by'), {
      target: { value: 'date' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const params = new URLSearchParams(seen.location.search);
    expect(params.get('SearchableText')).toBe('écologie');
    expect(params.get('fmm_year')).toBe('2026');
    expect(params.get('sort')).toBe('date');
  });

  it('says why a filter is refused, and "not available" otherwise', () => {
    const refused = {
      loading: false,
      loaded: false,
      error: apiError(400, {
        type: 'BadRequest',
        message: 'Certains champs ne sont pas valides.',
        errors: [{ field: 'fmm_year', message: 'Une année…' }],
      }),
      data: null,
    };
    renderWithStore(<SearchPage />, {
      state: { ...loggedIn, services: { 'fmm-search': refused } },
      route: '/search?SearchableText=x&fmm_year=20x6',
    });
    expect(
      screen.getByText('Certains champs ne sont pas valides.'),
    ).toBeInTheDocument();
  });

  it('offers "Did you mean", labels own-group items and switches the boost off', () => {
    const helped = {
      ...answer,
      data: {
        ...answer.data,
        did_you_mean: 'infirmière',
        own_groups_boost: true,
        items: [{ ...answer.data.items[0], own_group: true }],
      },
    };
    const { seen } = renderWithStore(<SearchPage />, {
      state: { ...loggedIn, services: { 'fmm-search': helped } },
      route: '/search?SearchableText=infirmeire&fmm_year=2026',
    });
    const link = screen.getByRole('link', { name: 'infirmière' });
    expect(link.closest('p')).toHaveTextContent('Did you mean infirmière');
    expect(link).toHaveAttribute(
      'href',
      '/search?fmm_year=2026&SearchableText=infirmi%C3%A8re',
    );
    expect(screen.getByText('From my groups')).toBeInTheDocument();
    const toggle = screen.getByRole('checkbox', { name: 'Favour my groups' });
    expect(toggle).toBeChecked();
    fireEvent.click(toggle);
    const params = new URLSearchParams(seen.location.search);
    expect(params.get('boost')).toBe('off');
    expect(params.get('SearchableText')).toBe('infirmeire');
    expect(searchQuery({ SearchableText: 'x', boost: 'off' }).boost).toBe(
      'off',
    );
    expect(searchQuery({ SearchableText: 'x' }).boost).toBeUndefined();
  });
});
