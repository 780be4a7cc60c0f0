import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Switch } from 'react-router-dom';
import AgendaPage from './AgendaPage';
import { fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });
const ROUTE = '/agenda?view=month&date=2030-03-15';

const meeting = {
  '@id': 'http://localhost:8080/Plone/agenda/reunion',
  title: 'Réunion des infirmier·ère·s',
  description: 'Chaque semaine',
  start: '2030-03-21T19:00:00+01:00',
  end: '2030-03-21T21:00:00+01:00',
  whole_day: false,
  recurring: true,
  location: 'Liège',
  activity_type: { token: 'movement', title: 'Activité du mouvement' },
  organiser: { title: 'Infirmier·ère·s' },
  registration_enabled: true,
  remaining_places: 3,
};
const congress = {
  ...meeting,
  '@id': 'http://localhost:8080/Plone/agenda/colloque',
  title: 'Colloque du réseau santé',
  start: '2030-03-30T00:00:00+01:00',
  end: '2030-03-30T23:59:00+01:00',
  whole_day: true,
  recurring: false,
  registration_enabled: false,
  activity_type: { token: 'network', title: 'Activité du réseau' },
};

const loaded = (items) => ({
  agenda: { loading: false, loaded: true, error: null, data: { items } },
});

const vocabularies = {
  'fmm_extranet.ActivityTypes': {
    loaded: true,
    items: [
      { value: 'movement', label: 'Activité du mouvement' },
      { value: 'network', label: 'Activité du réseau' },
    ],
  },
};

const render = (route = ROUTE, state = {}) =>
  renderWithStore(<AgendaPage />, {
    route,
    state: { userSession: { token }, ...state },
  });

const agendaPaths = (store) =>
  store
    .getActions()
    .filter((action) => action.type === 'GET_SERVICE')
    .map((action) => action.request.path);

describe('AgendaPage', () => {
  it('sends anonymous visitors to the login page', () => {
    const { seen } = renderWithStore(
      <Switch>
        <Route path="/agenda" component={AgendaPage} />
      </Switch>,
      { route: ROUTE },
    );
    expect(seen.location.pathname).toBe('/login');
    expect(new URLSearchParams(seen.location.search).get('return_url')).toBe(
      ROUTE,
    );
  });

  it('asks @agenda for the weeks of the month shown, with the filters', () => {
    const { store } = render(
      `${ROUTE}&sector=infirmier&SearchableText=réunion`,
    );
    expect(agendaPaths(store)).toEqual([
      '/@agenda?start=2030-02-25&end=2030-03-31&lines=short&SearchableText=r%C3%A9union&sector=infirmier',
    ]);
    expect(
      screen.getByRole('link', { name: 'Download these activities (iCal)' }),
    ).toHaveAttribute(
      'href',
      'http://localhost:8080/Plone/++api++/@agenda/ical?start=2030-02-25&end=2030-03-31&SearchableText=r%C3%A9union&sector=infirmier',
    );
  });

  it('shows the activities on their days of the month grid', () => {
    render(ROUTE, { services: loaded([meeting, congress]) });
    expect(
      screen.getByRole('heading', { level: 2, name: 'March 2030' }),
    ).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'March 2030' });
    const cell = within(grid).getByText('Thursday, March 21').closest('td');
    expect(within(cell).getByRole('link')).toHaveAttribute(
      'href',
      '/agenda/reunion',
    );
    expect(within(cell).getByRole('link')).toHaveTextContent(/07:00 PM|19:00/);
    expect(screen.getByText('2 results')).toBeInTheDocument();
  });

  it('moves to the next period and back to today', () => {
    const { seen } = render();
    fireEvent.click(screen.getByRole('button', { name: /Next month/ }));
    expect(seen.location.search).toBe('?view=month&date=2030-04-01');
    fireEvent.click(screen.getByRole('button', { name: /Previous month/ }));
    expect(seen.location.search).toBe('?view=month&date=2030-03-01');
  });

  it('switches to the week, the day and the cards', () => {
    const { seen, store } = render('/agenda?view=week&date=2030-03-21', {
      services: loaded([meeting]),
    });
    expect(agendaPaths(store)).toEqual([
      '/@agenda?start=2030-03-18&end=2030-03-24',
    ]);
    const days = screen.getAllByRole('heading', { level: 3 });
    expect(days).toHaveLength(7);
    expect(days[0]).toHaveTextContent('Monday, March 18');
    expect(screen.getAllByText('No activity')).toHaveLength(6);
    expect(
      screen.getByText('Organised by Infirmier·ère·s'),
    ).toBeInTheDocument();
    expect(screen.getByText('3 places left')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Cards'));
    expect(seen.location.search).toBe('?view=cards&date=2030-03-21');
  });

  it('shows the cards of the activities', () => {
    render('/agenda?view=cards&date=2030-03-21', {
      services: loaded([meeting, congress]),
    });
    const titles = screen.getAllByRole('heading', { level: 3 });
    expect(titles.map((title) => title.textContent)).toEqual([
      'Réunion des infirmier·ère·s',
      'Colloque du réseau santé',
    ]);
    expect(screen.getByText('Activité du réseau')).toBeInTheDocument();
  });

  it('applies the filters and keeps the period', () => {
    const { seen } = render(ROUTE, { vocabularies });
    fireEvent.change(screen.getByLabelText('Words'), {
      target: { value: 'colloque' },
    });
    fireEvent.change(screen.getByLabelText('Activity type'), {
      target: { value: 'network' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(seen.location.search).toBe(
      '?view=month&date=2030-03-15&SearchableText=colloque&activity_type=network',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(seen.location.search).toBe('?view=month&date=2030-03-15');
  });

  it("shows the agenda's refusal", () => {
    render(ROUTE, {
      services: {
        agenda: {
          loading: false,
          loaded: false,
          error: { response: { body: { message: 'Secteur inconnu : x' } } },
        },
      },
    });
    expect(screen.getByText('Secteur inconnu : x')).toBeInTheDocument();
  });
});
