import {
  act,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import { applyMiddleware, createStore } from 'redux';
import LoginPage from './LoginPage';
import {
  apiError,
  baseState,
  fakeToken,
  renderWithStore,
} from '../../helpers/testing';

const LOGGED_OUT = {
  userSession: { token: null, login: { loading: false, error: null } },
};

const type = (label, value) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/**
 * The login page on a real Redux store whose `userSession` gets a token
 * when `login()` is called, as Volto's reducer does; `@my-profile`
 * answers `profile`.
 */
const renderLoggingIn = (profile, route = '/login?return_url=/agenda') => {
  const reducer = (state, action) =>
    action.type === 'TEST_LOGGED_IN'
      ? { ...state, userSession: { token: fakeToken({ sub: 'w' }), login: {} } }
      : state;
  const answers = () => (next) => (action) =>
    action.type === 'CALL_SERVICE' ? Promise.resolve(profile) : next(action);
  const store = createStore(
    reducer,
    { ...baseState, ...LOGGED_OUT },
    applyMiddleware(answers),
  );
  const seen = {};
  render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[route]}>
        <LoginPage />
        <Route
          path="*"
          render={({ location }) => {
            seen.location = location;
            return null;
          }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return {
    seen,
    login: () => act(() => store.dispatch({ type: 'TEST_LOGGED_IN' })),
  };
};

const loginActions = (store) =>
  store.getActions().filter((action) => action.type === 'LOGIN');

describe('LoginPage', () => {
  it('offers to create an account and to reset the password', () => {
    renderWithStore(<LoginPage />, { state: LOGGED_OUT, route: '/login' });
    expect(
      screen.getByRole('link', { name: 'Create a new account' }),
    ).toHaveAttribute('href', '/demande-de-compte');
    expect(
      screen.getByRole('link', { name: 'Reset the password' }),
    ).toHaveAttribute('href', '/nouveau-mot-de-passe');
  });

  it('lets the browser fill and save the email and password', () => {
    renderWithStore(<LoginPage />, { state: LOGGED_OUT, route: '/login' });
    expect(screen.getByLabelText('Email address')).toHaveAttribute(
      'autocomplete',
      'username',
    );
    expect(screen.getByLabelText('Password')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
  });

  it('logs in, with "remember me" when ticked', () => {
    const { store } = renderWithStore(<LoginPage />, {
      state: LOGGED_OUT,
      route: '/login',
    });
    type('Email address', ' anne@example.org ');
    type('Password', 'secret-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    fireEvent.click(screen.getByLabelText('Remember me'));
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(loginActions(store).map((action) => action.request)).toEqual([
      {
        op: 'post',
        path: '@login',
        data: { login: 'anne@example.org', password: 'secret-2026' },
      },
      {
        op: 'post',
        path: '@login',
        data: {
          login: 'anne@example.org',
          password: 'secret-2026',
          remember: true,
        },
      },
    ]);
    expect(screen.getByLabelText('Remember me')).toHaveAccessibleDescription(
      'Stay logged in for 30 days on this device. Not on a shared computer.',
    );
  });

  it('says when the login failed', () => {
    renderWithStore(<LoginPage />, {
      state: {
        userSession: {
          token: null,
          login: { loading: false, error: apiError(401, {}) },
        },
      },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Login failed.');
  });

  const loggedIn = (profile) => {
    const api = jest.fn(() => {
      if (profile instanceof Error) throw profile;
      return profile;
    });
    const token = fakeToken({ sub: 'w-anne' });
    const rendered = renderWithStore(<LoginPage />, {
      // The token arrived while the page was open: Volto logged in.
      state: { userSession: { token, login: {} } },
      route: '/login?return_url=/agenda',
      api,
    });
    return { api, ...rendered };
  };

  it('leads a first login to the profile', async () => {
    const { seen, login } = renderLoggingIn({
      profile_completion: { required: true },
    });
    expect(seen.location.pathname).toBe('/login');
    login();
    await waitFor(() => expect(seen.location.pathname).toBe('/mon-profil'));
  });

  it('goes back where the worker was once the profile is completed', async () => {
    const { seen, login } = renderLoggingIn({
      profile_completion: { required: false },
    });
    login();
    await waitFor(() => expect(seen.location.pathname).toBe('/agenda'));
  });

  it('goes back where they were when they have no profile', async () => {
    const { seen, login } = renderLoggingIn(undefined, '/agenda/login');
    login();
    await waitFor(() => expect(seen.location.pathname).toBe('/agenda'));
  });

  it('does nothing when already logged in on arrival', () => {
    const { api, seen } = loggedIn({ profile_completion: { required: true } });
    expect(api).not.toHaveBeenCalled();
    expect(seen.location.pathname).toBe('/login');
  });
});
