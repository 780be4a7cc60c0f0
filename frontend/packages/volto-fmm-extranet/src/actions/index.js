/**
 * Actions of the extranet's custom REST services (handled by Volto's api
 * middleware: `<TYPE>_PENDING`, `<TYPE>_SUCCESS`, `<TYPE>_FAIL`).
 */
import {
  CALL_SERVICE,
  GET_SERVICE,
  RESET_SERVICE,
} from '../constants/ActionTypes';

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

/** The methods that send a JSON body: `{}` when the call has nothing to say. */
const WRITES = ['post', 'put', 'patch'];

/**
 * Any call of a backend service (`op`: get, post, patch, put, del); the
 * answer comes back through the promise `dispatch` returns. A write always
 * sends JSON (the services refuse anything else, see core/services.py).
 * @param {string} op Method of Volto's Api helper.
 * @param {string} path Path of the service, with its query string.
 * @param {Object} data Optional JSON body.
 */
export const callService = (op, path, data) => ({
  type: CALL_SERVICE,
  request:
    data === undefined && !WRITES.includes(op)
      ? { op, path }
      : { op, path, data: data ?? {} },
});
