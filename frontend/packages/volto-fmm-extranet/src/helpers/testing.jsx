/**
 * Test helpers: render a component with a mocked Redux store (Volto's state
 * shape plus the extranet's reducers) inside a router.
 */
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import { CALL_SERVICE } from '../constants/ActionTypes';

/**
 * A refusal of the backend as Volto's Api helper rejects it.
 * @param {number} status HTTP status.
 * @param {Object} body JSON answer.
 */
export const apiError = (status, body = {}) => ({
  status,
  response: { status, body },
});

/**
 * Stands for Volto's api middleware for the calls whose answer the caller
 * reads (`CALL_SERVICE`, see useServiceCall): dispatch returns the answer
 * of `respond(request)` as a promise (rejected when it throws). Other
 * actions are only recorded, their state comes from the test.
 */
const fakeApi = (respond) => () => (next) => (action) => {
  const result = next(action);
  if (!respond || action.type !== CALL_SERVICE) {
    return result;
  }
  return new Promise((resolve) => resolve(respond(action.request)));
};

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
  services: {},
};

/** An unsigned token carrying the claims Volto reads. */
export const fakeToken = (claims) =>
  ['e30', Buffer.from(JSON.stringify(claims)).toString('base64'), 'x'].join(
    '.',
  );

/**
 * @param {ReactElement} ui Component under test.
 * @param {Object} options state (merged into baseState), route (initial URL),
 *   api (answers the requests dispatched, see fakeApi).
 * @returns {Object} Testing Library's queries, the store and the last
 *   location the router went to.
 */
export const renderWithStore = (
  ui,
  { state = {}, route = '/', api = null } = {},
) => {
  const store = configureStore([fakeApi(api)])({ ...baseState, ...state });
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
