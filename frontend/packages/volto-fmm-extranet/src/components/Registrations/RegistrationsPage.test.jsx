import { screen, within } from '@testing-library/react';
import RegistrationsPage from './RegistrationsPage';
import { fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });

const loaded = (data) => ({ loading: false, loaded: true, error: null, data });

const render = (ui, { services = {} } = {}) =>
  renderWithStore(ui, { state: { userSession: { token }, services } });

const actionsOf = (store, type) =>
  store.getActions().filter((action) => action.type === type);

describe('RegistrationsPage', () => {
  const activity = (title, start) => ({
    '@id': `http://localhost:8080/Plone/agenda/${title.toLowerCase()}`,
    title,
    start,
    end: start,
    location: 'Liège',
  });

  it('lists upcoming and past registrations with their state', () => {
    const { store } = render(<RegistrationsPage />, {
      services: {
        'my-registrations': loaded({
          upcoming: [
            {
              state: 'confirmed',
              activity: activity('Atelier', '2030-03-21T19:00:00+01:00'),
            },
            {
              state: 'waiting',
              activity: activity('Colloque', '2030-03-30T09:00:00+01:00'),
            },
          ],
          past: [
            {
              state: 'confirmed',
              attended: true,
              activity: activity('Formation', '2020-03-21T09:00:00+01:00'),
            },
          ],
        }),
      },
    });
    expect(actionsOf(store, 'GET_SERVICE')[0].request.path).toBe(
      '/@my-registrations',
    );
    const upcoming = within(screen.getByRole('region', { name: 'Upcoming' }));
    expect(upcoming.getByRole('link', { name: 'Atelier' })).toHaveAttribute(
      'href',
      '/agenda/atelier',
    );
    expect(upcoming.getByText('On the waiting list')).toBeInTheDocument();
    const past = within(screen.getByRole('region', { name: 'Past' }));
    expect(past.getByText('Present')).toBeInTheDocument();
  });

  it('says when there is none', () => {
    render(<RegistrationsPage />, {
      services: { 'my-registrations': loaded({ upcoming: [], past: [] }) },
    });
    expect(screen.getAllByText(/No registration./)).toHaveLength(2);
    expect(
      screen.getByRole('link', { name: 'See the agenda' }),
    ).toHaveAttribute('href', '/agenda');
  });
});
