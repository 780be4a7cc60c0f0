import { screen, within } from '@testing-library/react';
import WorkerView from './WorkerView';
import { renderWithStore, searchRequests } from '../../helpers/testing';

const worker = {
  '@id': 'http://localhost:8080/Plone/travailleurs/anne-dupont',
  '@type': 'Worker',
  first_name: 'Anne',
  last_name: 'Dupont',
  review_state: 'active',
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
          review_state: 'left',
          left_date: '2025-12-31',
        }}
      />,
    );
    expect(screen.getByText(/Left the movement on/)).toHaveTextContent(
      'December 31, 2025',
    );
  });
});
