import { screen, within } from '@testing-library/react';
import MedicalHouseView from './MedicalHouseView';
import WorkerView from './WorkerView';
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

const worker = {
  '@id': 'http://localhost:8080/Plone/travailleurs/anne-dupont',
  '@type': 'Worker',
  first_name: 'Anne',
  last_name: 'Dupont',
  status: 'active',
  internship_supervisor: true,
  expertise: 'Assuétudes',
};

const jobsState = {
  search: {
    subrequests: {
      'worker-jobs': {
        loaded: true,
        items: [
          {
            '@id': '/travailleurs/anne-dupont/job-1',
            workplace: { token: 'uid-mm-1', title: 'MM du Centre (12)' },
            workplace_title: 'MM du Centre (12)',
            functions: [
              {
                function: 'gp',
                complement: 'internship_supervisor',
                speciality: 'Tabacologie',
              },
            ],
            function_titles: ['médecin généraliste'],
            phone: '02 999 99 99',
          },
          {
            '@id': '/travailleurs/anne-dupont/job-2',
            workplace: { token: 'federation', title: 'Fédération' },
            functions: [
              { function: 'coordinator', complement: null, speciality: null },
            ],
            function_titles: ['coordinateur·rice'],
          },
        ],
      },
    },
  },
  vocabularies: {
    'fmm_extranet.FunctionComplements': {
      loaded: true,
      items: [{ value: 'internship_supervisor', label: 'maître de stage' }],
    },
  },
};

describe('WorkerView', () => {
  it('never shows email or mobile absent from the JSON', () => {
    renderWithStore(<WorkerView content={worker} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Anne Dupont',
    );
    expect(screen.getByText('Assuétudes')).toBeInTheDocument();
    expect(screen.queryByText('Email')).toBeNull();
    expect(screen.queryByText('Mobile')).toBeNull();
  });

  it('shows email and mobile when the reader may see them', () => {
    renderWithStore(
      <WorkerView
        content={{
          ...worker,
          email: 'anne@example.org',
          mobile: '0470 00 00 00',
        }}
      />,
    );
    expect(
      screen.getByRole('link', { name: 'anne@example.org' }),
    ).toHaveAttribute('href', 'mailto:anne@example.org');
    expect(
      screen.getByRole('link', { name: '0470 00 00 00' }),
    ).toBeInTheDocument();
  });

  it('lists the jobs with functions, complements and public contacts', () => {
    const { store } = renderWithStore(<WorkerView content={worker} />, {
      state: jobsState,
    });
    expect(searchRequests(store)['worker-jobs']).toMatch(
      /^\/travailleurs\/anne-dupont\/@search\?.*fullobjects=1.*portal_type:list=Job/,
    );
    const jobs = screen.getAllByRole('heading', { level: 3 });
    expect(jobs.map((job) => job.textContent)).toEqual([
      'MM du Centre (12)',
      'Federation',
    ]);
    const first = jobs[0].closest('li');
    expect(first).toHaveTextContent(
      'médecin généraliste (maître de stage) – Tabacologie',
    );
    expect(
      within(first).getByRole('link', { name: '02 999 99 99' }),
    ).toBeInTheDocument();
    expect(jobs[1].closest('li')).toHaveTextContent('coordinateur·rice');
    expect(within(jobs[1].closest('li')).queryByRole('link')).toBeNull();
  });

  it('says when the worker left the movement', () => {
    renderWithStore(
      <WorkerView
        content={{
          ...worker,
          status: { token: 'left' },
          left_date: '2025-12-31',
        }}
      />,
    );
    expect(screen.getByText(/Left the movement on/)).toHaveTextContent(
      'December 31, 2025',
    );
  });
});
