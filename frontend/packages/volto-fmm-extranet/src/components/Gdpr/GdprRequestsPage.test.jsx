import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import GdprRequestsPage, { KEY, PATH } from './GdprRequestsPage';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'admin', fullname: 'Admin' });

const ERASURE = {
  id: 'abc',
  kind: 'erasure',
  status: 'pending',
  date: '2026-02-01T09:00:00+00:00',
  deadline: '2026-03-03T09:00:00+00:00',
  overdue: true,
  message: 'Je quitte le secteur.',
  worker: {
    '@id': 'http://localhost:3000/travailleurs/w-1',
    title: 'Camille Durand',
    workplaces: 'Maison médicale du Laveu',
    erased: false,
  },
};
const OBJECTION = {
  ...ERASURE,
  id: 'def',
  kind: 'objection',
  overdue: false,
  message: '',
  date: '2026-03-01T09:00:00+00:00',
  deadline: '2026-03-31T09:00:00+00:00',
};
const DONE = {
  ...ERASURE,
  id: 'ghi',
  status: 'executed',
  overdue: false,
  decided: '2026-02-10T09:00:00+00:00',
  worker: { ...ERASURE.worker, erased: true },
};

const render = ({ api, service } = {}) =>
  renderWithStore(<GdprRequestsPage />, {
    api,
    state: {
      userSession: { token },
      services: {
        [KEY]: {
          loading: false,
          loaded: true,
          error: null,
          data: { items: [ERASURE, OBJECTION, DONE] },
          ...service,
        },
      },
    },
  });

const row = (name) =>
  screen.getAllByRole('row').find((r) => within(r).queryByText(name));

describe('GdprRequestsPage', () => {
  it('lists the requests with their date, deadline and state', () => {
    const { store } = render();
    expect(store.getActions()[0]).toMatchObject({
      type: 'GET_SERVICE',
      subrequest: KEY,
      request: { path: PATH },
    });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('February 1, 2026');
    expect(rows[0]).toHaveTextContent('March 3, 2026 (overdue)');
    expect(rows[0]).toHaveTextContent('Erasure of the data');
    expect(rows[0]).toHaveTextContent('Je quitte le secteur.');
    expect(
      within(rows[0]).getByRole('link', { name: 'Camille Durand' }),
    ).toHaveAttribute('href', '/travailleurs/w-1');
    expect(rows[1]).toHaveTextContent('Objection to the processing');
    expect(rows[1]).toHaveTextContent('(no message)');
    expect(rows[1]).not.toHaveTextContent('overdue');
    expect(rows[2]).toHaveTextContent('former worker (data erased)');
    expect(rows[2]).toHaveTextContent('Executed on February 10, 2026');
    expect(within(rows[2]).queryByRole('button')).toBeNull();
  });

  it('executes a request after a confirmation, then reads the list again', async () => {
    const api = jest.fn(() => ({ ...ERASURE, status: 'executed' }));
    const { store } = render({ api });
    fireEvent.click(
      within(row('Je quitte le secteur.')).getByRole('button', {
        name: 'Execute',
      }),
    );
    expect(api).not.toHaveBeenCalled();
    expect(screen.getByText(/This cannot be undone/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/@gdpr-requests/abc/execute',
      data: {},
    });
    await waitFor(() =>
      expect(
        store.getActions().filter((action) => action.type === 'GET_SERVICE'),
      ).toHaveLength(2),
    );
  });

  it('refuses with a reason, showing the refusal of an empty one', async () => {
    const api = jest.fn(({ data }) => {
      if (!data.reason) {
        throw apiError(400, {
          message: 'Certains champs ne sont pas valides.',
          errors: [
            {
              field: 'reason',
              message:
                'Indiquez la raison du refus : elle est envoyée à la personne.',
            },
          ],
        });
      }
      return { ...OBJECTION, status: 'refused' };
    });
    render({ api });
    fireEvent.click(
      within(row('Objection to the processing')).getByRole('button', {
        name: 'Refuse',
      }),
    );
    const reason = screen.getByLabelText(
      'Reason of the refusal (mailed to the worker)',
    );
    expect(reason).toBeRequired();
    reason.removeAttribute('required');
    fireEvent.click(screen.getByRole('button', { name: 'Send the refusal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Indiquez la raison du refus',
    );
    fireEvent.change(reason, { target: { value: 'Votre rôle le demande.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the refusal' }));
    expect(api).toHaveBeenLastCalledWith({
      op: 'post',
      path: '/@gdpr-requests/def/refuse',
      data: { reason: 'Votre rôle le demande.' },
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('tells others that only administrators see the requests', () => {
    render({ service: { data: null, error: { status: 403 } } });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Only administrators see the GDPR requests.',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });
});
