import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { getService, resetService } from '../../../actions';

const EMPTY = { loading: false, loaded: false, error: null, data: null };

/**
 * GETs a service of the backend (e.g. `/@formations?scope=all`) in a named
 * subrequest of the `services` store, again whenever the path changes, and
 * forgets it when the component goes away.
 * @param {string} key Name of the subrequest.
 * @param {string|null} path Path with its query string; `null` waits.
 * @returns {Object} loading, loaded, error, data (the JSON answer).
 */
const useService = (key, path) => {
  const dispatch = useDispatch();

  useEffect(() => {
    if (path) {
      dispatch(getService(key, path));
    }
  }, [dispatch, key, path]);

  useEffect(() => () => dispatch(resetService(key)), [dispatch, key]);

  return useSelector((state) => state.services?.[key]) || EMPTY;
};

export default useService;
