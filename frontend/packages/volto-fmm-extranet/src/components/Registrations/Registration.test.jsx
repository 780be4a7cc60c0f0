import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import ActivityView from '../Activities/ActivityView';
import Registration, { registrationClosed } from './Registration';
import { baseState } from '../../helpers/testing';

const ACTIVITY = 'http://localhost:8080/Plone/agenda/ag';

const activity = (fields = {}) => ({
  '@id': ACTIVITY,
  UID: 'uid-ag',
  title: 'Assemblée générale',
  start: '2099-06-05T12:00:00+00:00',
  end: '2099-06-05T14:00:00+00:00',
  location: 'Namur',
  registration_enabled: true,
  capacity: 20,
  waiting_list: true,
  registration_deadline: null,
  ...fields,
});

/** A promise settled by the test, to look at the screen while it is pending. */
const deferred = () => {
  let resolve;
  let reject;
  const promise = new Promise((ok, ko) => {
    resolve = ok;
    reject = ko;
  });
  return { promise, resolve, reject };
};

/**
 * Renders with a store whose api middleware answers from `answer(request)`
 * (a value, a promise, or a thrown error); `requests` lists what was asked.
 */
const renderWithApi = (ui, answer) => {
  const requests = [];
  const api = () => (next) => (action) => {
    if (!action.request) {
      return next(action);
    }
    requests.push(action.request);
    try {
      return Promise.resolve(answer(action.request));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const store = configureStore([api])(baseState);
  const utils = render(
    <Provider store={store}>
      <MemoryRouter>{ui}</MemoryRouter>
    </Provider>,
  );
  return { ...utils, requests };
};

/** Answers of the backend: places left and the worker's registrations. */
const backend =
  ({ places = 12, mine = [], onRegister, onCancel } = {}) =>
  (request) => {
    if (request.path.startsWith('/@agenda')) {
      const left = typeof places === 'function' ? places() : places;
      return {
        items: [
          { UID: 'other', remaining_places: 1 },
          { UID: 'uid-ag', remaining_places: left },
        ],
      };
    }
    if (request.path === '/@my-registrations') {
      return { upcoming: mine, past: [] };
    }
    if (request.op === 'post') {
      return onRegister(request);
    }
    if (request.op === 'del') {
      return onCancel(request);
    }
    throw new Error(`unexpected request ${request.path}`);
  };

const status = () => screen.getByRole('status');

describe('Registration', () => {
  it('shows the places left and registers, with progress then a confirmation', async () => {
    let left = 12;
    const answer = deferred();
    const { requests } = renderWithApi(
      <Registration content={activity()} />,
      backend({ places: () => left, onRegister: () => answer.promise }),
    );
    expect(await screen.findByText('12 places left')).toBeInTheDocument();
    expect(requests).toContainEqual({
      op: 'get',
      path: '/@agenda?start=2099-06-05T12%3A00%3A00%2B00%3A00&end=2099-06-05T12%3A00%3A00%2B00%3A00',
    });
    expect(requests).toContainEqual({
      op: 'get',
      path: '/@my-registrations',
    });

    const button = screen.getByRole('button', {
      name: 'Register for this activity',
    });
    expect(button.tagName).toBe('BUTTON');
    fireEvent.click(button);
    expect(requests).toContainEqual({
      op: 'post',
      path: '/agenda/ag/@registration',
      data: { answers: {} },
    });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveClass('loading');
    expect(status()).toHaveTextContent('Registering…');

    left = 11;
    await act(async () => {
      answer.resolve({ state: 'confirmed', user_id: 'anne' });
    });
    expect(status()).toHaveTextContent(
      'Your registration is confirmed. A confirmation email has been sent to you.',
    );
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText('You are registered.')).toBeInTheDocument();
    expect(await screen.findByText('11 places left')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Register for this activity' }),
    ).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Cancel my registration' }),
    ).toBeEnabled();
  });

  it('cancels the registration of a registered worker', async () => {
    const { requests } = renderWithApi(
      <Registration content={activity()} />,
      backend({
        places: 3,
        mine: [
          {
            state: 'cancelled',
            activity: { '@id': 'http://localhost:8080/Plone/agenda/other' },
          },
          { state: 'confirmed', activity: { '@id': ACTIVITY } },
        ],
        onCancel: () => ({ state: 'cancelled' }),
      }),
    );
    expect(await screen.findByText('You are registered.')).toBeInTheDocument();
    expect(screen.getByText('3 places left')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Register for this activity' }),
    ).toBeNull();

    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Cancel my registration' }),
      );
    });
    expect(requests).toContainEqual({
      op: 'del',
      path: '/agenda/ag/@registration',
    });
    expect(status()).toHaveTextContent('Your registration is cancelled.');
    expect(screen.queryByText('You are registered.')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Register for this activity' }),
    ).toBeEnabled();
  });

  it('offers the waiting list when the activity is full', async () => {
    renderWithApi(
      <Registration content={activity()} />,
      backend({ places: 0, onRegister: () => ({ state: 'waiting' }) }),
    );
    expect(await screen.findByText('Full: waiting list')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Register on the waiting list' }),
      );
    });
    expect(status()).toHaveTextContent(
      'The activity is full: you are on the waiting list.',
    );
    expect(
      screen.getByText('You are on the waiting list.'),
    ).toBeInTheDocument();
  });

  it('offers no button when full without a waiting list', async () => {
    renderWithApi(
      <Registration content={activity({ waiting_list: false })} />,
      backend({ places: 0 }),
    );
    expect(
      await screen.findByText('This activity is full.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("says the server's refusal and lets the worker try again", async () => {
    renderWithApi(
      <Registration content={activity({ capacity: null })} />,
      backend({
        places: null,
        onRegister: () => {
          const error = new Error('Bad Request');
          error.response = {
            body: { message: 'Vous êtes déjà inscrit·e à cette activité.' },
          };
          throw error;
        },
      }),
    );
    expect(await screen.findByText('Places not limited')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Register for this activity' }),
      );
    });
    expect(status()).toHaveTextContent(
      'Vous êtes déjà inscrit·e à cette activité.',
    );
    expect(
      screen.getByRole('button', { name: 'Register for this activity' }),
    ).toBeEnabled();
    expect(screen.queryByText('You are registered.')).toBeNull();
  });

  it('says when registration is closed', async () => {
    renderWithApi(
      <Registration
        content={activity({ registration_deadline: '2020-01-01T10:00:00' })}
      />,
      backend({ places: 5 }),
    );
    expect(
      await screen.findByText('Registration is closed.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows nothing and asks nothing without registration', () => {
    const { container, requests } = renderWithApi(
      <Registration content={activity({ registration_enabled: false })} />,
      backend(),
    );
    expect(container).toBeEmptyDOMElement();
    expect(requests).toEqual([]);
  });

  it('closes at the deadline, else at the start', () => {
    const now = new Date('2030-01-01T12:00:00Z').getTime();
    expect(registrationClosed({ start: '2030-01-02T09:00:00Z' }, now)).toBe(
      false,
    );
    expect(registrationClosed({ start: '2029-12-31T09:00:00Z' }, now)).toBe(
      true,
    );
    expect(
      registrationClosed(
        {
          start: '2030-01-02T09:00:00Z',
          registration_deadline: '2029-12-31T09:00:00Z',
        },
        now,
      ),
    ).toBe(true);
  });
});

describe('ActivityView with registration', () => {
  it('shows the registration between the details and the text', async () => {
    renderWithApi(
      <ActivityView
        content={activity({ text: { data: '<p>Ordre du jour</p>' } })}
      />,
      backend({ places: 7 }),
    );
    const section = await screen.findByRole('region', {
      name: 'Registration',
    });
    expect(await within(section).findByText('7 places left')).toBeTruthy();
    expect(
      within(section).getByRole('button', {
        name: 'Register for this activity',
      }),
    ).toBeEnabled();
    expect(screen.getByText('Namur')).toBeInTheDocument();
  });
});
