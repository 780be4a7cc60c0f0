/**
 * Actions of the extranet's custom REST services (handled by Volto's api
 * middleware: `<TYPE>_PENDING`, `<TYPE>_SUCCESS`, `<TYPE>_FAIL`).
 */
import {
  GET_DOCUMENTS,
  GET_MY_SHORTCUTS,
  RESET_ACCOUNT_REQUEST,
  SUBMIT_ACCOUNT_REQUEST,
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
 * @param {Object} data first_name, last_name, email, workplace, functions,
 *   consent.
 */
export const submitAccountRequest = (data) => ({
  type: SUBMIT_ACCOUNT_REQUEST,
  request: { op: 'post', path: '/@account-requests', data },
});

export const resetAccountRequest = () => ({ type: RESET_ACCOUNT_REQUEST });
