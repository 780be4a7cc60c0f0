import { useCallback, useEffect, useMemo } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { getService, resetService } from '../../../actions';
import { apiErrors } from '../../../helpers/apiErrors';

const EMPTY = { loading: false, loaded: false, error: null, data: null };

/**
 * The one data hook of the extranet's custom endpoints: GETs a service of
 * the backend (e.g. `/@formations?scope=all`) in a named subrequest of the
 * `services` store, again whenever the path changes, and forgets it when
 * the component goes away.
 * @param {string} key Name of the subrequest.
 * @param {string|null} path Path with its query string; `null` waits.
 * @param {Object} options `session`: the answer is kept for the session,
 *   asked only when missing and never forgotten (e.g. the header's).
 * @returns {Object} loading, loaded, error (see apiErrors: status, message,
 *   fields; null when none), data (the JSON answer) and retry() (asks again).
 */
const useService = (key, path, { session = false } = {}) => {
  const dispatch = useDispatch();
  const request = useSelector((state) => state.services?.[key]) || EMPTY;
  const missing = !request.loaded && !request.loading;

  useEffect(() => {
    if (path && (!session || missing)) {
      dispatch(getService(key, path));
    }
    // A session answer is asked for once, not again when it comes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dispatch, key, path, session]);

  useEffect(
    () => () => !session && dispatch(resetService(key)),
    [dispatch, key, session],
  );

  const retry = useCallback(
    () => path && dispatch(getService(key, path)),
    [dispatch, key, path],
  );
  const { error } = request;
  const problem = useMemo(() => (error ? apiErrors(error) : null), [error]);

  return { ...request, error: problem, retry };
};

export default useService;
