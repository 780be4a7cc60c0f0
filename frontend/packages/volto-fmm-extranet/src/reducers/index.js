/**
 * Reducers of the extranet's custom REST services.
 */
import { GET_SERVICE, RESET_SERVICE } from '../constants/ActionTypes';

export const initialRequestState = {
  loading: false,
  loaded: false,
  error: null,
  data: null,
};

/**
 * Reducer of one request/response service.
 * @param {string} type Action type handled.
 * @returns {Function} Reducer storing loading, loaded, error and data.
 */
export const createRequestReducer =
  (type) =>
  (state = initialRequestState, action = {}) => {
    switch (action.type) {
      case `${type}_PENDING`:
        return { ...state, loading: true, loaded: false, error: null };
      case `${type}_SUCCESS`:
        return {
          loading: false,
          loaded: true,
          error: null,
          data: action.result,
        };
      case `${type}_FAIL`:
        return {
          loading: false,
          loaded: false,
          error: action.error || true,
          data: null,
        };
      default:
        return state;
    }
  };

/**
 * Reducer of requests kept side by side by name (`action.subrequest`), each
 * with the state of `createRequestReducer`. An answer to a request that has
 * since been replaced by another under the same name is ignored, so that a
 * slow answer never overwrites a newer one.
 * @param {string} type Action type handled.
 * @param {string} resetType Action type that forgets one subrequest.
 * @returns {Function} Reducer of {name: {loading, loaded, error, data}}.
 */
export const createSubrequestReducer = (type, resetType) => {
  const one = createRequestReducer(type);
  const handled = [`${type}_PENDING`, `${type}_SUCCESS`, `${type}_FAIL`];
  return (state = {}, action = {}) => {
    const key = action.subrequest;
    if (!key) {
      return state;
    }
    if (action.type === resetType) {
      const { [key]: forgotten, ...others } = state;
      return others;
    }
    if (!handled.includes(action.type)) {
      return state;
    }
    const path = action.request?.path;
    if (action.type === `${type}_PENDING`) {
      return { ...state, [key]: { ...one(state[key], action), path } };
    }
    if (state[key]?.path !== path) {
      return state;
    }
    return { ...state, [key]: { ...one(state[key], action), path } };
  };
};

const reducers = {
  services: createSubrequestReducer(GET_SERVICE, RESET_SERVICE),
};

export default reducers;
