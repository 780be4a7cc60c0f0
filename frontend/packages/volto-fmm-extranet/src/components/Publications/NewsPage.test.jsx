import { fireEvent, screen, within } from '@testing-library/react';
import NewsPage, { dateRange, newsQuery } from './NewsPage';
import {
  fakeToken,
  renderWithStore,
  searchRequests,
} from '../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };

const news = [
  {
    '@id': 'http://localhost:8080/Plone/thematiques/ecologie/journee-climat',
    '@type': 'News Item',
    title: 'Journée santé et climat',
    description: 'Inscrivez-vous avant le 1er avril.',
    effective: '2026-03-12T10:00:00+00:00',
    created: '2026-03-10T10:00:00+00:00',
    fmm_group: 'uid-ecologie',
    fmm_group_title: 'Écologie et santé',
    image_field: 'image',
    image_scales: {
      image: [
        {
          download: '@@images/image-1200-abc.jpeg',
          width: 1200,
          height: 675,
          'content-type': 'image/jpeg',
          scales: {
            preview: {
              download: '@@images/image-400-def.jpeg',
              width: 400,
              height: 225,
            },
          },
        },
      ],
    },
  },
  {
    '@id': 'http://localhost:8080/Plone/actualites/ag',
    '@type': 'News Item',
    title: 'Assemblée générale',
    description: '',
    effective: '2025-11-02T10:00:00+00:00',
    fmm_group: null,
    fmm_group_title: null,
    image_field: '',
    image_scales: null,
  },
];

const withNews = {
  ...loggedIn,
  search: {
    subrequests: {
      'fmm-news': { loaded: true, total: 12, items: news },
      'fmm-group-options': {
        loaded: true,
        items: [
          {
            '@id': 'http://localhost:8080/Plone/thematiques/ecologie',
            UID: 'uid-ecologie',
            title: 'Écologie et santé',
          },
        ],
      },
    },
  },
};

describe('newsQuery', () => {
  it('asks the news, newest first, with the filters', () => {
    expect(
      newsQuery({
        SearchableText: 'santé climat',
        group: 'uid-ecologie',
        start: '2026-01-01',
        end: '2026-03-31',
        b_start: '10',
      }),
    ).toEqual({
      portal_type: ['News Item'],
      SearchableText: 'sant%C3%A9%20climat',
      fmm_groups: 'uid-ecologie',
      'Date.query': ['2026-01-01', '2026-03-31T23:59:59'],
      'Date.range': 'min:max',
      sort_on: 'Date',
      sort_order: 'descending',
      b_start: '10',
      b_size: 10,
      metadata_fields: ['effective', 'created', 'fmm_group', 'fmm_group_title'],
    });
    expect(newsQuery({})).toMatchObject({
      SearchableText: undefined,
      fmm_groups: undefined,
      b_start: 0,
    });
    expect(newsQuery({})).not.toHaveProperty('Date.query');
  });
});

describe('dateRange', () => {
  it('takes either day alone, the last one included', () => {
    expect(dateRange('2026-01-01', '')).toEqual({
      'Date.query': ['2026-01-01'],
      'Date.range': 'min',
    });
    expect(dateRange('', '2026-01-31')).toEqual({
      'Date.query': ['2026-01-31T23:59:59'],
      'Date.range': 'max',
    });
    expect(dateRange('', undefined)).toEqual({});
  });
});

describe('NewsPage', () => {
  it('searches the news with the filters of the URL', () => {
    const { store } = renderWithStore(<NewsPage />, {
      state: loggedIn,
      route:
        '/actualites?SearchableText=climat&group=uid-ecologie&start=2026-01-01',
    });
    const requests = searchRequests(store);
    expect(requests['fmm-news']).toMatch(/^\/@search\?SearchableText=climat\*/);
    expect(requests['fmm-news']).toContain('fmm_groups=uid-ecologie');
    expect(requests['fmm-news']).toContain('Date.range=min');
    expect(requests['fmm-news']).toContain('Date.query:list=2026-01-01');
    expect(requests['fmm-news']).toContain(
      'sort_on=Date&sort_order=descending',
    );
    expect(requests['fmm-news']).toContain('portal_type:list=News Item');
    expect(screen.getByLabelText('Words')).toHaveValue('climat');
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('');
  });

  it('shows progress while searching', () => {
    renderWithStore(<NewsPage />, {
      state: {
        ...loggedIn,
        search: { subrequests: { 'fmm-news': { loading: true, items: [] } } },
      },
    });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
  });

  it('lists each news item with its date, group, description and image', () => {
    const { container } = renderWithStore(<NewsPage />, { state: withNews });
    expect(
      screen.getByRole('heading', { level: 1, name: 'News' }),
    ).toBeInTheDocument();
    expect(screen.getByText('12 results (1–10)')).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('listitem');
    expect(
      within(first).getByRole('heading', {
        level: 2,
        name: 'Journée santé et climat',
      }),
    ).toBeInTheDocument();
    expect(
      within(first).getByRole('link', { name: 'Journée santé et climat' }),
    ).toHaveAttribute('href', '/thematiques/ecologie/journee-climat');
    expect(within(first).getByText('March 12, 2026')).toHaveAttribute(
      'datetime',
      news[0].effective,
    );
    expect(
      within(first).getByRole('link', { name: 'Écologie et santé' }),
    ).toHaveAttribute('href', '/actualites?group=uid-ecologie');
    expect(
      within(first).getByText('Inscrivez-vous avant le 1er avril.'),
    ).toBeInTheDocument();
    const image = container.querySelector('.fmm-news-card img');
    expect(image).toHaveAttribute(
      'src',
      '/thematiques/ecologie/journee-climat/@@images/image-1200-abc.jpeg',
    );
    expect(image).toHaveAttribute('alt', '');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(second.querySelector('img')).toBeNull();
    expect(within(second).getAllByRole('link')).toHaveLength(1);
  });

  it('offers the groups by UID and a range of dates', () => {
    renderWithStore(<NewsPage />, { state: withNews });
    expect(
      screen.getByRole('option', { name: 'Écologie et santé' }),
    ).toHaveValue('uid-ecologie');
    expect(screen.getByLabelText('From')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('To')).toHaveAttribute('type', 'date');
  });

  it('puts the filters in the URL on submit, and pages', () => {
    const { seen } = renderWithStore(<NewsPage />, {
      state: withNews,
      route: '/actualites',
    });
    fireEvent.change(screen.getByLabelText('Words'), {
      target: { value: 'climat' },
    });
    fireEvent.change(screen.getByLabelText('Group'), {
      target: { value: 'uid-ecologie' },
    });
    fireEvent.change(screen.getByLabelText('From'), {
      target: { value: '2025-01-01' },
    });
    fireEvent.change(screen.getByLabelText('To'), {
      target: { value: '2025-06-30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(seen.location.pathname).toBe('/actualites');
    expect(seen.location.search).toBe(
      '?SearchableText=climat&group=uid-ecologie&start=2025-01-01&end=2025-06-30',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(seen.location.search).toBe(
      '?SearchableText=climat&group=uid-ecologie&start=2025-01-01&end=2025-06-30&b_start=10',
    );
  });

  it('says when the news cannot be listed', () => {
    renderWithStore(<NewsPage />, {
      state: {
        ...loggedIn,
        search: {
          subrequests: {
            'fmm-news': { error: { status: 500 }, items: [] },
          },
        },
      },
    });
    expect(
      screen.getByText('This information is not available at the moment.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
