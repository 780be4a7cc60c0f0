import { fireEvent, screen, within } from '@testing-library/react';
import MyDataPage from './MyDataPage';
import { MINE_KEY, MINE_PATH, mayAsk } from './MyRequests';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });

const mine = (items) => ({
  [MINE_KEY]: { loading: false, loaded: true, error: null, data: { items } },
});

const render = ({ api, items = [] } = {}) =>
  renderWithStore(<MyDataPage />, {
    api,
    state: { userSession: { token }, services: mine(items) },
  });

describe('MyRequests (on "Mes données")', () => {
  it('objects to the processing after a confirmation, with a message', async () => {
    const api = jest.fn(() => ({
      request: { kind: 'objection', status: 'pending' },
      message: 'Votre opposition est enregistrée.',
    }));
    const { store } = render({ api });
    expect(store.getActions()[0]).toMatchObject({
      type: 'GET_SERVICE',
      subrequest: MINE_KEY,
      request: { path: MINE_PATH },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Object to the processing' }),
    );
    expect(
      screen.getByText(/you no longer appear in the directory/),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Message (optional)'), {
      target: { value: "Je ne veux pas figurer dans l'annuaire." },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Confirm my objection' }),
    );
    expect(screen.getByText('Sending your request…')).toBeInTheDocument();
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/@gdpr-requests',
      data: {
        kind: 'objection',
        message: "Je ne veux pas figurer dans l'annuaire.",
      },
    });
    expect(
      await screen.findByText('Votre opposition est enregistrée.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Confirm my objection' }),
    ).toBeNull();
    const refreshed = store
      .getActions()
      .filter((action) => action.subrequest === MINE_KEY);
    expect(refreshed.map((action) => action.type)).toEqual([
      'GET_SERVICE',
      'GET_SERVICE',
    ]);
  });

  it('may be cancelled without sending anything', () => {
    const api = jest.fn();
    render({ api });
    fireEvent.click(screen.getByRole('button', { name: 'Ask for erasure' }));
    expect(screen.getByText(/your account is closed/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      screen.queryByRole('button', { name: 'Confirm my erasure request' }),
    ).toBeNull();
    expect(api).not.toHaveBeenCalled();
  });

  it("shows the backend's refusal on the form and on the message", async () => {
    render({
      api: () => {
        throw apiError(400, {
          type: 'BadRequest',
          message: 'Certains champs ne sont pas valides.',
          errors: [
            {
              field: 'message',
              message: 'Le message compte au plus 2000 caractères.',
            },
          ],
        });
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ask for erasure' }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Confirm my erasure request' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Certains champs ne sont pas valides.');
    expect(alert).toHaveTextContent(
      'Message (optional): Le message compte au plus 2000 caractères.',
    );
    expect(
      screen.getByLabelText('Message (optional)'),
    ).toHaveAccessibleDescription(
      'Explain your request if you wish (at most 2000 characters). Le message compte au plus 2000 caractères.',
    );
  });

  it('lists the requests sent and offers only what may still be asked', () => {
    render({
      items: [
        {
          id: 'b',
          kind: 'objection',
          status: 'pending',
          date: '2026-03-02T10:00:00+00:00',
          deadline: '2026-04-01T10:00:00+00:00',
        },
        {
          id: 'a',
          kind: 'erasure',
          status: 'refused',
          date: '2026-01-05T10:00:00+00:00',
          deadline: '2026-02-04T10:00:00+00:00',
          decided: '2026-01-20T10:00:00+00:00',
          reason: 'Une activité est en cours.',
        },
      ],
    });
    const items = within(
      screen.getByRole('list', { name: 'Your requests' }),
    ).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'Objection to the processing — Sent on March 2, 2026 — Awaiting an answer, due by April 1, 2026',
    );
    expect(items[1]).toHaveTextContent(
      'Refused on January 20, 2026: Une activité est en cours.',
    );
    expect(
      screen.queryByRole('button', { name: 'Object to the processing' }),
    ).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Ask for erasure' }),
    ).toBeInTheDocument();
  });

  it('knows which requests may be sent again', () => {
    const executed = { kind: 'objection', status: 'executed' };
    expect(mayAsk('objection', [executed])).toBe(false);
    expect(mayAsk('erasure', [executed])).toBe(true);
    expect(mayAsk('erasure', [{ kind: 'erasure', status: 'refused' }])).toBe(
      true,
    );
  });
});
