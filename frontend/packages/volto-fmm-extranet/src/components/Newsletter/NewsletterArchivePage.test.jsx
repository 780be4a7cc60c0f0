import { screen } from '@testing-library/react';
import NewsletterArchivePage from './NewsletterArchivePage';
import { renderWithStore, searchRequests } from '../../helpers/testing';

const issues = [
  {
    '@id': 'http://localhost:8080/Plone/lettre-electronique/avril',
    title: 'Lettre d’avril',
    description: 'Les nouvelles d’avril',
    created: '2026-04-02T10:00:00+00:00',
    review_state: 'draft',
  },
  {
    '@id': 'http://localhost:8080/Plone/lettre-electronique/mars',
    title: 'Lettre de mars',
    description: '',
    effective: '2026-03-12T10:00:00+00:00',
    review_state: 'sent',
  },
];

const renderPage = (types) =>
  renderWithStore(<NewsletterArchivePage />, {
    route: '/lettre-electronique',
    state: {
      search: {
        subrequests: {
          'fmm-newsletters': { loaded: true, total: 2, items: issues },
        },
      },
      services: {
        'fmm-newsletter-types': { loaded: true, data: types },
      },
    },
  });

describe('NewsletterArchivePage', () => {
  it('lists the issues, newest first, drafts marked', () => {
    const { store } = renderPage([]);
    expect(searchRequests(store)['fmm-newsletters']).toBe(
      '/@search?sort_on=created&sort_order=descending&b_start=0&b_size=20&portal_type:list=Newsletter&metadata_fields:list=effective&metadata_fields:list=created&metadata_fields:list=review_state',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Newsletter' }),
    ).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Lettre d’avril',
      'Lettre de mars',
    ]);
    expect(links[1]).toHaveAttribute('href', '/lettre-electronique/mars');
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByText('March 12, 2026')).toBeInTheDocument();
  });

  it('offers a new issue to those who may add one', () => {
    renderPage([
      {
        '@id':
          'http://localhost:8080/Plone/lettre-electronique/@types/Newsletter',
        addable: true,
      },
    ]);
    expect(screen.getByRole('link', { name: 'New issue' })).toHaveAttribute(
      'href',
      '/lettre-electronique/add?type=Newsletter',
    );
  });
});
