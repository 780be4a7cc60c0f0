/**
 * Test helpers: render a component with a mocked Redux store (Volto's state
 * shape plus the extranet's reducers) inside a router.
 */
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import { initialRequestState } from '../reducers';

const mockStore = configureStore();

export const baseState = {
  intl: { locale: 'en', messages: {} },
  userSession: { token: null },
  search: { subrequests: {} },
  vocabularies: {},
  actions: { actions: { object: [] } },
  content: { data: null },
  site: { data: {} },
  navroot: { data: {} },
  apierror: {},
  myShortcuts: initialRequestState,
  documents: initialRequestState,
  accountRequest: initialRequestState,
};

/** An unsigned token carrying the claims Volto reads. */
export const fakeToken = (claims) =>
  ['e30', Buffer.from(JSON.stringify(claims)).toString('base64'), 'x'].join(
    '.',
  );

/**
 * @param {ReactElement} ui Component under test.
 * @param {Object} options state (merged into baseState), route (initial URL).
 * @returns {Object} Testing Library's queries, the store and the last
 *   location the router went to.
 */
export const renderWithStore = (ui, { state = {}, route = '/' } = {}) => {
  const store = mockStore({ ...baseState, ...state });
  const seen = {};
  const utils = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[route]}>
        {ui}
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
  return { ...utils, store, seen };
};

/** Search options of the `SEARCH_CONTENT` actions dispatched, by subrequest. */
export const searchRequests = (store) =>
  Object.fromEntries(
    store
      .getActions()
      .filter((action) => action.type === 'SEARCH_CONTENT')
      .map((action) => [action.subrequest, action.request.path]),
  );
