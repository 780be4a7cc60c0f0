import { fireEvent, screen, within } from '@testing-library/react';
import AnnouncementsPage, {
  announcementsQuery,
  TYPES,
} from './AnnouncementsPage';
import {
  fakeToken,
  renderWithStore,
  searchRequests,
} from '../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };

const types = {
  [TYPES]: {
    loaded: true,
    items: [
      { value: 'job_offer', label: "Offre d'emploi" },
      { value: 'equipment', label: 'Matériel' },
    ],
  },
};

const withAnnouncements = {
  ...loggedIn,
  vocabularies: types,
  search: {
    subrequests: {
      'fmm-announcements': {
        loaded: true,
        total: 1,
        items: [
          {
            '@id': '/maisons-medicales/mm-marolles/offre',
            title: 'Accueillant·e à mi-temps',
            description: 'CDI',
            effective: '2026-03-02T09:00:00+00:00',
            fmm_announcement_type: 'job_offer',
            fmm_group_title: 'Maison médicale des Marolles',
          },
        ],
      },
    },
  },
};

describe('announcementsQuery', () => {
  it('asks the announcements of a type, newest first', () => {
    expect(
      announcementsQuery({
        announcement_type: 'job_offer',
        SearchableText: 'mi-temps',
      }),
    ).toMatchObject({
      portal_type: ['Announcement'],
      SearchableText: 'mi-temps',
      fmm_announcement_type: 'job_offer',
      sort_on: 'Date',
      sort_order: 'descending',
      b_start: 0,
    });
    expect(announcementsQuery({}).fmm_announcement_type).toBeUndefined();
  });
});

describe('AnnouncementsPage', () => {
  it('lists each announcement with its type, house and date', () => {
    renderWithStore(<AnnouncementsPage />, { state: withAnnouncements });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Announcements' }),
    ).toBeInTheDocument();
    const [item] = screen.getAllByRole('listitem');
    expect(
      within(item).getByRole('link', { name: 'Accueillant·e à mi-temps' }),
    ).toHaveAttribute('href', '/maisons-medicales/mm-marolles/offre');
    expect(within(item).getByText("Offre d'emploi")).toBeInTheDocument();
    expect(
      within(item).getByText('Maison médicale des Marolles'),
    ).toBeInTheDocument();
    expect(within(item).getByText('March 2, 2026')).toBeInTheDocument();
  });

  it('filters by type at once, job offers first', () => {
    const { seen, store } = renderWithStore(<AnnouncementsPage />, {
      state: withAnnouncements,
      route: '/annonces?SearchableText=temps',
    });
    const type = screen.getByRole('group', { name: 'Announcement type' });
    const radios = within(type).getAllByRole('radio');
    expect(radios.map((radio) => radio.value)).toEqual([
      '',
      'job_offer',
      'equipment',
    ]);
    expect(radios[0]).toBeChecked();
    fireEvent.click(within(type).getByLabelText("Offre d'emploi"));
    expect(seen.location.search).toBe(
      '?SearchableText=temps&announcement_type=job_offer',
    );
    expect(searchRequests(store)['fmm-announcements']).toContain(
      'portal_type:list=Announcement',
    );
  });

  it('asks the type of the URL', () => {
    const { store } = renderWithStore(<AnnouncementsPage />, {
      state: { ...loggedIn, vocabularies: types },
      route: '/annonces?announcement_type=equipment',
    });
    expect(searchRequests(store)['fmm-announcements']).toContain(
      'fmm_announcement_type=equipment',
    );
    expect(screen.getByLabelText('Matériel')).toBeChecked();
  });
});
