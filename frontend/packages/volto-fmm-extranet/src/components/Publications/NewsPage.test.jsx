import { fireEvent, screen, within } from '@testing-library/react';
import NewsPage, { newsQuery, yearOptions } from './NewsPage';
import { publicationDate } from './NewsCard';
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
      'fmm-news-first-year': {
        loaded: true,
        items: [{ '@id': '/actualites/old', fmm_year: '2023' }],
      },
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
        year: '2026',
        b_start: '10',
      }),
    ).toEqual({
      portal_type: ['News Item'],
      SearchableText: 'sant%C3%A9%20climat',
      fmm_group: 'uid-ecologie',
      fmm_year: '2026',
      sort_on: 'effective',
      sort_order: 'descending',
      b_start: '10',
      b_size: 10,
      metadata_fields: ['effective', 'created', 'fmm_group', 'fmm_group_title'],
    });
    expect(newsQuery({})).toMatchObject({
      SearchableText: undefined,
      fmm_group: undefined,
      fmm_year: undefined,
      b_start: 0,
    });
  });
});

describe('yearOptions', () => {
  it('goes from this year back to the first news', () => {
    expect(yearOptions(2026, '2023')).toEqual(['2026', '2025', '2024', '2023']);
  });

  it('goes ten years back when the first year is unknown', () => {
    const years = yearOptions(2026, undefined);
    expect(years).toHaveLength(10);
    expect(years[9]).toBe('2017');
    expect(yearOptions(2026, '2030')).toHaveLength(10);
  });

  it('always offers the year asked', () => {
    expect(yearOptions(2026, '2025', '2001')).toEqual(['2026', '2025', '2001']);
  });
});

describe('publicationDate', () => {
  it('falls back to the creation date of unpublished news', () => {
    expect(
      publicationDate({
        effective: '1969-12-31T00:00:00+00:00',
        created: '2026-01-05T09:00:00+00:00',
      }),
    ).toBe('2026-01-05T09:00:00+00:00');
    expect(publicationDate(news[0])).toBe(news[0].effective);
  });
});

describe('NewsPage', () => {
  it('searches the news with the filters of the URL', () => {
    const { store } = renderWithStore(<NewsPage />, {
      state: loggedIn,
      route: '/actualites?SearchableText=climat&group=uid-ecologie&year=2026',
    });
    const requests = searchRequests(store);
    expect(requests['fmm-news']).toMatch(/^\/@search\?SearchableText=climat\*/);
    expect(requests['fmm-news']).toContain('fmm_group=uid-ecologie');
    expect(requests['fmm-news']).toContain('fmm_year=2026');
    expect(requests['fmm-news']).toContain(
      'sort_on=effective&sort_order=descending',
    );
    expect(requests['fmm-news']).toContain('portal_type:list=News Item');
    expect(requests['fmm-news-first-year']).toContain('sort_on=fmm_year');
    expect(screen.getByLabelText('Words')).toHaveValue('climat');
    expect(screen.getByLabelText('Year')).toHaveValue('2026');
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

  it('offers the groups by UID and the years since the first news', () => {
    renderWithStore(<NewsPage />, { state: withNews });
    expect(
      screen.getByRole('option', { name: 'Écologie et santé' }),
    ).toHaveValue('uid-ecologie');
    const years = within(screen.getByLabelText('Year'))
      .getAllByRole('option')
      .map((option) => option.value);
    expect(years[0]).toBe('');
    expect(years[years.length - 1]).toBe('2023');
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
    fireEvent.change(screen.getByLabelText('Year'), {
      target: { value: '2025' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(seen.location.pathname).toBe('/actualites');
    expect(seen.location.search).toBe(
      '?SearchableText=climat&group=uid-ecologie&year=2025',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(seen.location.search).toBe(
      '?SearchableText=climat&group=uid-ecologie&year=2025&b_start=10',
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
