/**
 * Actions of the extranet's custom REST services (handled by Volto's api
 * middleware: `<TYPE>_PENDING`, `<TYPE>_SUCCESS`, `<TYPE>_FAIL`).
 */
import {
  CALL_SERVICE,
  GET_DOCUMENTS,
  GET_MY_SHORTCUTS,
  GET_SERVICE,
  RESET_SERVICE,
} from '../constants/ActionTypes';

/**
 * Builds a query string from the non-empty values of `params`.
 * @param {Object} params Query parameters.
 * @returns {string} `?a=1&b=2`, or an empty string.
 */
export const toQueryString = (params = {}) => {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      query.append(key, value);
    }
  });
  const result = query.toString();
  return result ? `?${result}` : '';
};

export const getMyShortcuts = () => ({
  type: GET_MY_SHORTCUTS,
  request: { op: 'get', path: '/@my-shortcuts' },
});

/**
 * @param {Object} params SearchableText, start, end, group, b_start.
 */
export const getDocuments = (params) => ({
  type: GET_DOCUMENTS,
  request: { op: 'get', path: `/@documents${toQueryString(params)}` },
});

/**
 * GET of a backend service whose answer is kept under `key` in the
 * `services` store (see useService).
 * @param {string} key Name of the subrequest.
 * @param {string} path Path of the service, with its query string.
 */
export const getService = (key, path) => ({
  type: GET_SERVICE,
  subrequest: key,
  request: { op: 'get', path },
});

export const resetService = (key) => ({ type: RESET_SERVICE, subrequest: key });

/**
 * Any call of a backend service (`op`: get, post, patch, put, del); the
 * answer comes back through the promise `dispatch` returns.
 * @param {string} op Method of Volto's Api helper.
 * @param {string} path Path of the service, with its query string.
 * @param {Object} data Optional JSON body.
 */
export const callService = (op, path, data) => ({
  type: CALL_SERVICE,
  request: data === undefined ? { op, path } : { op, path, data },
});
