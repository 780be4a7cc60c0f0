/**
 * Reducers of the extranet's custom REST services.
 */
import {
  GET_DOCUMENTS,
  GET_MY_SHORTCUTS,
  RESET_ACCOUNT_REQUEST,
  SUBMIT_ACCOUNT_REQUEST,
} from '../constants/ActionTypes';

export const initialRequestState = {
  loading: false,
  loaded: false,
  error: null,
  data: null,
};

/**
 * Reducer of one request/response service.
 * @param {string} type Action type handled.
 * @param {string} resetType Optional action type that clears the state.
 * @returns {Function} Reducer storing loading, loaded, error and data.
 */
export const createRequestReducer =
  (type, resetType) =>
  (state = initialRequestState, action = {}) => {
    if (resetType && action.type === resetType) {
      return initialRequestState;
    }
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

const reducers = {
  myShortcuts: createRequestReducer(GET_MY_SHORTCUTS),
  documents: createRequestReducer(GET_DOCUMENTS),
  accountRequest: createRequestReducer(
    SUBMIT_ACCOUNT_REQUEST,
    RESET_ACCOUNT_REQUEST,
  ),
};

export default reducers;
