import { useCallback, useEffect, useMemo, useState } from 'react';
import { useHistory, useLocation } from 'react-router-dom';
import { toQueryString } from '../../../helpers/queryString';

/**
 * URL parameters of a query string: strings, arrays for repeated keys.
 * @param {string} search e.g. `?q=pv&group=a&group=b`.
 * @returns {Object} e.g. {q: 'pv', group: ['a', 'b']}.
 */
const paramsFromSearch = (search) => {
  const result = {};
  new URLSearchParams(search).forEach((value, key) => {
    result[key] = key in result ? [].concat(result[key], value) : value;
  });
  return result;
};

/**
 * Form values of the given filters from URL parameters: '' when absent,
 * repeated parameters joined with commas.
 * @param {Object} params URL parameters (strings, arrays for repeated
 *   keys).
 * @param {Array} keys Names of the filters.
 * @returns {Object} {key: string}
 */
export const filtersFromParams = (params, keys) =>
  Object.fromEntries(
    keys.map((key) => [key, [].concat(params[key] ?? []).join(',')]),
  );

/**
 * Filters of a listing page, kept in the URL (bookmarkable, back button):
 * the form edits a copy (`filters`, `setFilter`) that `submit` writes to the
 * URL in place of the current parameters, or one filter applies at once,
 * keeping the others (`applyFilter`). Both go back to the first page; `start` and `setStart` are the batch start (`b_start`).
 * @param {Array} keys Names of the filters (URL parameters).
 * @param {Function} toParams Optional: URL parameters from the form values.
 * @returns {Object} params, setParams, filters, setFilter(key)(value),
 *   submit(), applyFilter(key)(value), start, setStart(start).
 */
const useFilters = (keys, toParams = (filters) => filters) => {
  const location = useLocation();
  const history = useHistory();
  const params = useMemo(
    () => paramsFromSearch(location.search),
    [location.search],
  );
  const setParams = useCallback(
    (newParams) =>
      history.push({
        pathname: location.pathname,
        search: toQueryString(newParams),
      }),
    [history, location.pathname],
  );
  const keysKey = keys.join();
  const current = useMemo(
    () => filtersFromParams(params, keys),
    // keysKey stands for keys
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params, keysKey],
  );
  const [filters, setFilters] = useState(current);

  useEffect(() => setFilters(current), [current]);

  const setFilter = useCallback(
    (key) => (value) =>
      setFilters((previous) => ({ ...previous, [key]: value })),
    [],
  );
  const withoutStart = () => {
    const { b_start, ...rest } = params;
    return rest;
  };
  const submit = () => setParams(toParams(filters));
  const applyFilter = (key) => (value) =>
    setParams({ ...withoutStart(), [key]: value });
  const start = Number(params.b_start) || 0;
  const setStart = (b_start) => setParams({ ...params, b_start });

  return {
    params,
    setParams,
    filters,
    setFilter,
    submit,
    applyFilter,
    start,
    setStart,
  };
};

export default useFilters;
