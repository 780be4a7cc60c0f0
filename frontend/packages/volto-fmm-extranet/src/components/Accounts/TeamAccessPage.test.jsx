import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import TeamAccessPage, { TEAM_KEY, TEAMS_KEY } from './TeamAccessPage';
import { availableActions } from './TeamMemberActions';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'manager', fullname: 'Manon Gérante' });
const MAROLLES = {
  '@id': 'http://localhost:3000/maisons-medicales/mm-marolles',
  uid: 'uid-marolles',
  title: 'Maison médicale des Marolles',
  federation: false,
};
const LAVEU = {
  ...MAROLLES,
  '@id': 'http://localhost:3000/maisons-medicales/mm-laveu',
  uid: 'uid-laveu',
  title: 'Maison médicale du Laveu',
};
const TEAM_PATH = '/maisons-medicales/mm-marolles/@team';

const member = (id, first, changes = {}) => ({
  '@id': `http://localhost:3000/travailleurs/${id}`,
  id,
  first_name: first,
  last_name: 'Test',
  functions: ['infirmier·ère'],
  email: `${first.toLowerCase()}@example.net`,
  email_masked: false,
  status: 'pending',
  account: 'will_receive_invitation',
  invited: null,
  management: null,
  is_me: false,
  ...changes,
});

const MEMBERS = [
  member('manon', 'Manon', {
    status: 'active',
    account: 'active',
    email: 'm…@e…',
    email_masked: true,
    management: 'manager',
    is_me: true,
  }),
  member('alex', 'Alex', {
    account: 'invited',
    invited: '2026-03-02T09:00:00+00:00',
  }),
  member('sacha', 'Sacha'),
  member('gaby', 'Gaby', {
    status: 'active',
    account: 'active',
    email: 'g…@e…',
    email_masked: true,
  }),
];

const render = ({
  api,
  teams = [MAROLLES],
  route = '/gestion-des-acces',
} = {}) =>
  renderWithStore(<TeamAccessPage />, {
    api,
    route,
    state: {
      userSession: { token },
      services: {
        [TEAMS_KEY]: { loaded: true, data: { items: teams } },
        [TEAM_KEY]: {
          loaded: true,
          data: { team: MAROLLES, items: MEMBERS, items_total: MEMBERS.length },
        },
      },
    },
  });

const row = (name) =>
  screen.getAllByRole('row').find((r) => within(r).queryByText(name));

const gets = (store) =>
  store
    .getActions()
    .filter((action) => action.type === 'GET_SERVICE')
    .map((action) => action.request.path);

describe('TeamAccessPage', () => {
  it('lists the team with account status, and emails until activation', () => {
    const { store } = render();
    expect(gets(store).sort()).toEqual(['/@my-teams', TEAM_PATH]);
    expect(row('Alex Test')).toHaveTextContent('invited on March 2, 2026');
    expect(row('Alex Test')).toHaveTextContent('alex@example.net');
    expect(row('Sacha Test')).toHaveTextContent(
      'will receive an invitation email',
    );
    expect(row('Gaby Test')).toHaveTextContent('active');
    expect(row('Gaby Test')).toHaveTextContent('g…@e…');
    expect(row('Gaby Test')).toHaveTextContent('masked: the account is active');
    expect(row('Manon Test')).toHaveTextContent('manager');
    // Nothing to do about oneself; no box to tick for active accounts.
    expect(within(row('Manon Test')).queryByRole('button')).toBeNull();
    expect(within(row('Gaby Test')).queryByRole('checkbox')).toBeNull();
  });

  it('invites everyone not active, a few at a time, showing the progress', async () => {
    const api = jest.fn(({ data }) => ({
      items: data.workers.map((id) => ({ id })),
      items_total: data.workers.length,
    }));
    const { store } = render({ api });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Send the invitation emails to my team (2)',
      }),
    );
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: `${TEAM_PATH}/invite`,
      data: { workers: ['alex', 'sacha'] },
    });
    await waitFor(() =>
      expect(screen.getByText('Invitations sent: 2.')).toBeInTheDocument(),
    );
    expect(gets(store)).toHaveLength(3); // the team is read again
  });

  it('invites the people ticked only', async () => {
    const api = jest.fn(() => ({ items: [{ id: 'sacha' }], items_total: 1 }));
    render({ api });
    const invite = screen.getByRole('button', {
      name: 'Invite the people ticked (0)',
    });
    expect(invite).toBeDisabled();
    fireEvent.click(screen.getByLabelText('Choose Sacha Test'));
    fireEvent.click(
      screen.getByRole('button', { name: 'Invite the people ticked (1)' }),
    );
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: `${TEAM_PATH}/invite`,
      data: { workers: ['sacha'] },
    });
    await waitFor(() =>
      expect(screen.getByText('Invitations sent: 1.')).toBeInTheDocument(),
    );
  });

  it('corrects an email and sends the invitation again, showing refusals', async () => {
    const api = jest.fn(({ data }) => {
      if (data.email === 'pas-une-adresse') {
        throw apiError(400, {
          message: 'Certains champs ne sont pas valides.',
          errors: [
            { field: 'email', message: "Ce n'est pas une adresse valide." },
          ],
        });
      }
      return { ...MEMBERS[1], email: data.email };
    });
    render({ api });
    fireEvent.click(
      within(row('Alex Test')).getByRole('button', {
        name: 'Correct the email of Alex Test',
      }),
    );
    const email = screen.getByLabelText(/Correct email address/);
    expect(email).toHaveValue('alex@example.net');
    fireEvent.change(email, { target: { value: 'pas-une-adresse' } });
    fireEvent.submit(email.closest('form'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Ce n'est pas une adresse valide.",
    );
    fireEvent.change(email, { target: { value: 'alex.martin@example.net' } });
    fireEvent.submit(email.closest('form'));
    expect(api).toHaveBeenLastCalledWith({
      op: 'patch',
      path: `${TEAM_PATH}/alex`,
      data: { email: 'alex.martin@example.net' },
    });
    await waitFor(() =>
      expect(
        screen.getByText(
          'The email is corrected and the invitation sent to the new address.',
        ),
      ).toBeInTheDocument(),
    );
  });

  it('delegates and marks as left after a confirmation', async () => {
    const api = jest.fn(() => undefined);
    render({ api });
    fireEvent.click(
      within(row('Gaby Test')).getByRole('button', {
        name: 'Delegate the management of the medical house to Gaby Test',
      }),
    );
    expect(api).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: `${TEAM_PATH}/gaby/delegate`,
      data: {},
    });
    await screen.findByText('The management is delegated.');
    fireEvent.click(
      within(row('Sacha Test')).getByRole('button', {
        name: 'Mark as left: Sacha Test',
      }),
    );
    expect(
      screen.getByText(/their access to the extranet is closed/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(api).toHaveBeenLastCalledWith({
      op: 'post',
      path: `${TEAM_PATH}/sacha/left`,
      data: {},
    });
  });

  it('adds a member with their functions', async () => {
    const api = jest.fn(() => member('camille', 'Camille'));
    render({ api });
    fireEvent.click(screen.getByRole('button', { name: 'Add a team member' }));
    fireEvent.change(screen.getByLabelText(/First name/), {
      target: { value: 'Camille' },
    });
    fireEvent.change(screen.getByLabelText(/Last name/), {
      target: { value: 'Durand' },
    });
    fireEvent.change(screen.getByLabelText(/^Email/), {
      target: { value: 'camille@example.net' },
    });
    fireEvent.submit(screen.getByLabelText(/First name/).closest('form'));
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: TEAM_PATH,
      data: {
        first_name: 'Camille',
        last_name: 'Durand',
        email: 'camille@example.net',
        functions: [],
      },
    });
    await screen.findByText(
      'Camille Durand is added to the team: invite them when you are ready.',
    );
  });

  it('lets the staff choose a team, and refuses a team one does not manage', () => {
    render({ teams: [MAROLLES, LAVEU], route: '/gestion-des-acces?equipe=x' });
    expect(
      screen.getByText('You do not manage this team.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByLabelText('Team')).toHaveValue('');
  });

  it('tells those who manage no team', () => {
    render({ teams: [] });
    expect(screen.getByText(/You manage no team/)).toBeInTheDocument();
  });
});

describe('availableActions', () => {
  it('follows the member and the team', () => {
    expect(availableActions(MEMBERS[0], false)).toEqual([]);
    expect(availableActions(MEMBERS[1], false)).toEqual(['email', 'left']);
    expect(availableActions(MEMBERS[3], false)).toEqual(['delegate', 'left']);
    expect(availableActions(MEMBERS[3], true)).toEqual(['left']);
    expect(
      availableActions({ ...MEMBERS[3], management: 'delegate' }, false),
    ).toEqual(['take-back', 'left']);
  });
});
