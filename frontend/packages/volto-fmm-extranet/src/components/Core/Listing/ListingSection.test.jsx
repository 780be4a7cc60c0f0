import { screen } from '@testing-library/react';
import ListingSection from './ListingSection';
import { latestQuery, upcomingActivitiesQuery } from './queries';
import { renderWithStore, searchRequests } from '../../../helpers/testing';

const section = (
  <ListingSection
    id="news"
    title="Latest news"
    path="/groupes/igb"
    query={latestQuery(['News Item'], 3)}
    dateField="effective"
    moreLink="/actualites"
  />
);

const withResult = (result) => ({
  state: { search: { subrequests: { news: result } } },
});

describe('ListingSection', () => {
  it('searches under its path in its own subrequest', () => {
    const { store } = renderWithStore(section);
    expect(searchRequests(store).news).toBe(
      '/groupes/igb/@search?sort_on=effective&sort_order=descending&b_size=3&portal_type:list=News Item&metadata_fields:list=effective&metadata_fields:list=start&metadata_fields:list=end&metadata_fields:list=whole_day&metadata_fields:list=created',
    );
  });

  it('shows progress while searching', () => {
    renderWithStore(section, withResult({ loading: true, items: [] }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('says when the service is unavailable', () => {
    renderWithStore(section, withResult({ error: { status: 500 }, items: [] }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'This information is not available at the moment.',
    );
  });

  it('has an empty state without a "see all" link', () => {
    renderWithStore(section, withResult({ loaded: true, items: [] }));
    expect(screen.getByText('Nothing yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('lists the results with their dates and links to the full listing', () => {
    renderWithStore(
      section,
      withResult({
        loaded: true,
        items: [
          {
            '@id': '/actualites/congres',
            title: 'Congrès 2026',
            description: 'Inscriptions ouvertes',
            effective: '2026-03-12T10:00:00+00:00',
          },
        ],
      }),
    );
    expect(
      screen.getByRole('heading', { name: 'Latest news' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Congrès 2026' })).toHaveAttribute(
      'href',
      '/actualites/congres',
    );
    expect(screen.getByText('Inscriptions ouvertes')).toBeInTheDocument();
    expect(screen.getByText('March 12, 2026')).toHaveAttribute(
      'datetime',
      '2026-03-12T10:00:00+00:00',
    );
    expect(screen.getByRole('link', { name: /See all/ })).toHaveAttribute(
      'href',
      '/actualites',
    );
  });
});

describe('queries', () => {
  it('asks activities not yet ended, soonest first', () => {
    const query = upcomingActivitiesQuery(new Date('2026-03-12T10:15:42.123Z'));
    expect(query).toMatchObject({
      portal_type: ['Activity'],
      'end.query': '2026-03-12T10:15:00.000Z',
      'end.range': 'min',
      sort_on: 'start',
      sort_order: 'ascending',
    });
  });
});
