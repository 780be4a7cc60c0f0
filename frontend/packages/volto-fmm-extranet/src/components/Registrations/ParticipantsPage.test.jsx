import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ParticipantsPage, { activityPath } from './ParticipantsPage';
import { renderWithStore } from '../../helpers/testing';

const loaded = (data) => ({ loading: false, loaded: true, error: null, data });

const person = (userId, first, state, extra = {}) => ({
  user_id: userId,
  state,
  attended: false,
  registered: '2030-02-01T10:00:00+00:00',
  participant: {
    first_name: first,
    last_name: 'Test',
    workplaces: ['MM du Laveu'],
    functions: ['infirmier·ère'],
    ...extra,
  },
  answers_by_question: [
    { name: 'diet', question: 'Régime', answer: `${first} mange tout` },
  ],
});

const listing = (items, more = {}) => ({
  title: 'Atelier',
  session_cancelled: false,
  capacity: 2,
  remaining_places: 0,
  confirmed: items.filter((i) => i.state === 'confirmed').length,
  waiting: items.filter((i) => i.state === 'waiting').length,
  items,
  ...more,
});

const render = (data, api) =>
  renderWithStore(
    <ParticipantsPage
      location={{ pathname: '/agenda/atelier/participants' }}
    />,
    { state: { services: { activityParticipants: loaded(data) } }, api },
  );

describe('ParticipantsPage', () => {
  it('finds the activity from its path', () => {
    expect(activityPath('/agenda/atelier/participants')).toBe(
      '/agenda/atelier',
    );
  });

  it('lists the participants by state with their answers, no GSM for organisers', () => {
    render(
      listing([
        person('anne', 'Anne', 'confirmed'),
        person('bob', 'Bob', 'waiting'),
      ]),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Participants: Atelier' }),
    ).toBeInTheDocument();
    const confirmed = screen.getByRole('region', { name: 'Table: Confirmed' });
    expect(within(confirmed).getByText('Anne mange tout')).toBeInTheDocument();
    expect(
      within(confirmed).getByRole('columnheader', { name: 'Régime' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'GSM' })).toBeNull();
    const waiting = screen.getByRole('region', { name: 'Table: Waiting list' });
    expect(within(waiting).getByText('Bob Test')).toBeInTheDocument();
    expect(within(waiting).queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('Nobody.')).toBeInTheDocument(); // no cancellation
  });

  it('shows the GSM when the backend sends it (staff)', () => {
    render(
      listing([person('anne', 'Anne', 'confirmed', { mobile: '+32 470 11' })]),
    );
    expect(
      screen.getByRole('columnheader', { name: 'GSM' }),
    ).toBeInTheDocument();
    expect(screen.getByText('+32 470 11')).toBeInTheDocument();
  });

  it('saves who was present', async () => {
    const calls = [];
    render(
      listing([
        person('anne', 'Anne', 'confirmed'),
        { ...person('carl', 'Carl', 'confirmed'), attended: true },
      ]),
      (request) => {
        calls.push(request);
        return { items: [] };
      },
    );
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Anne Test was present' }),
    );
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Carl Test was present' }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Save the attendance' }),
    );
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls.map(({ op, path, data }) => [op, path, data])).toEqual([
      [
        'post',
        '/agenda/atelier/@registrations/attendance',
        { user_ids: ['anne'], attended: true },
      ],
      [
        'post',
        '/agenda/atelier/@registrations/attendance',
        { user_ids: ['carl'], attended: false },
      ],
    ]);
  });

  it('asks before cancelling the session', async () => {
    const calls = [];
    render(listing([person('anne', 'Anne', 'confirmed')]), (request) => {
      calls.push(request);
      return { told: 1 };
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Cancel this session' }),
    );
    const dialog = screen.getByRole('alertdialog');
    expect(calls).toEqual([]);
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Yes, cancel the session' }),
    );
    await waitFor(() =>
      expect(
        screen.getByText('Session cancelled: 1 person told.'),
      ).toBeInTheDocument(),
    );
    expect(calls[0].path).toBe('/agenda/atelier/@registrations/cancel-session');
  });

  it('says a cancelled session is cancelled, and offers neither message nor cancellation', () => {
    render(
      listing([person('anne', 'Anne', 'cancelled')], {
        session_cancelled: true,
      }),
    );
    expect(screen.getByText('This session is cancelled.')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Cancel this session' }),
    ).toBeNull();
    expect(
      screen.queryByRole('heading', { name: 'Write to the participants' }),
    ).toBeNull();
  });
});
