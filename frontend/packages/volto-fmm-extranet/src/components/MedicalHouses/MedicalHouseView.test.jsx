import { screen } from '@testing-library/react';
import MedicalHouseView from './MedicalHouseView';
import { renderWithStore, searchRequests } from '../../helpers/testing';

const house = {
  '@id': 'http://localhost:8080/Plone/maisons-medicales/mm-centre',
  '@type': 'MedicalHouse',
  UID: 'uid-mm-1',
  title: 'MM du Centre',
  number: 12,
  street: 'Rue Haute 1',
  postal_code: '1000',
  municipality: 'Bruxelles',
  intergroup: { token: 'IGB', title: 'IGB' },
  phone: '02 123 45 67',
  payment_mode: { token: 'forfait', title: 'Au forfait' },
  open_to_registrations: false,
  managers: [{ token: 'marie', title: 'Marie Martin' }],
};

describe('MedicalHouseView', () => {
  it('shows the house as "Name (number)" with its details', () => {
    renderWithStore(<MedicalHouseView content={house} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'MM du Centre (12)',
    );
    expect(screen.getByText('Rue Haute 1, 1000 Bruxelles')).toBeInTheDocument();
    expect(screen.getByText('Au forfait')).toBeInTheDocument();
    expect(
      screen.getByText('Open to new patients').nextSibling,
    ).toHaveTextContent('No');
    expect(screen.getByRole('link', { name: '02 123 45 67' })).toHaveAttribute(
      'href',
      'tel:02 123 45 67',
    );
    expect(screen.queryByText('Email')).toBeNull();
    expect(screen.getByText('Marie Martin')).toBeInTheDocument();
  });

  it('shows the disciplines present, declared and from the accounts', () => {
    renderWithStore(
      <MedicalHouseView
        content={{
          ...house,
          '@components': {
            disciplines: {
              items: [
                {
                  token: 'kine',
                  title: 'kinésithérapeute',
                  from_accounts: true,
                },
                {
                  token: 'dieteticien',
                  title: 'diététicien·ne',
                  from_accounts: false,
                },
                {
                  token: 'psychologue',
                  title: 'psychologue',
                  from_accounts: true,
                },
              ],
            },
          },
        }}
      />,
    );
    expect(
      screen.getByText('Disciplines present (declared)').nextSibling,
    ).toHaveTextContent('diététicien·ne');
    expect(
      screen.getByText('Disciplines present according to the extranet accounts')
        .nextSibling,
    ).toHaveTextContent('kinésithérapeute, psychologue');
  });

  it('lists its workers and announcements', () => {
    const { store } = renderWithStore(<MedicalHouseView content={house} />);
    const requests = searchRequests(store);
    expect(requests['medical-house-workers']).toContain(
      'fmm_workplaces=uid-mm-1',
    );
    expect(requests['medical-house-announcements']).toMatch(
      /^\/maisons-medicales\/mm-centre\/@search\?.*portal_type:list=Announcement/,
    );
  });

  it('offers its managers to publish a job offer and to edit the page', () => {
    renderWithStore(<MedicalHouseView content={house} />);
    expect(
      screen.queryByRole('link', { name: 'Publish a job offer' }),
    ).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit the page' })).toBeNull();
    renderWithStore(<MedicalHouseView content={house} />, {
      state: { actions: { actions: { object: [{ id: 'edit' }] } } },
    });
    expect(
      screen.getByRole('navigation', { name: 'Manage the medical house' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Publish a job offer' }),
    ).toHaveAttribute(
      'href',
      '/maisons-medicales/mm-centre/add?type=Announcement',
    );
    expect(screen.getByRole('link', { name: 'Edit the page' })).toHaveAttribute(
      'href',
      '/maisons-medicales/mm-centre/edit',
    );
  });

  it('offers to publish an announcement to its managers only', () => {
    renderWithStore(<MedicalHouseView content={house} />);
    expect(
      screen.queryByRole('link', { name: 'Publish an announcement' }),
    ).toBeNull();
    renderWithStore(<MedicalHouseView content={house} />, {
      state: { actions: { actions: { object: [{ id: 'edit' }] } } },
    });
    expect(
      screen.getByRole('link', { name: 'Publish an announcement' }),
    ).toHaveAttribute(
      'href',
      '/maisons-medicales/mm-centre/add?type=Announcement',
    );
  });
});
