import { useCallback, useEffect, useRef, useState } from 'react';
import { useDispatch } from 'react-redux';
import { callService } from '../actions';
import { apiErrors } from './apiErrors';

const IDLE = { loading: false, done: false, error: null, data: null };

/**
 * Calls of a backend service started by the user (save, delete, send…),
 * with their progress kept by the component: `loading` while one runs,
 * then `done` and its answer (`data`), or its `error` (see apiErrors:
 *   status, message, fields).
 * @returns {Object} loading, done, error, data, call(op, path, data) and
 *   reset(). `call` resolves with `{ok: true, result}` or
 *   `{ok: false, error}`; it never rejects.
 */
const useServiceCall = () => {
  const dispatch = useDispatch();
  const [state, setState] = useState(IDLE);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const call = useCallback(
    (op, path, data) => {
      const update = (next) => mounted.current && setState(next);
      setState({ ...IDLE, loading: true });
      return Promise.resolve(dispatch(callService(op, path, data))).then(
        (result) => {
          update({ ...IDLE, done: true, data: result });
          return { ok: true, result };
        },
        (failure) => {
          const error = apiErrors(failure);
          update({ ...IDLE, error });
          return { ok: false, error };
        },
      );
    },
    [dispatch],
  );
  const reset = useCallback(() => setState(IDLE), []);

  return { ...state, call, reset };
};

export default useServiceCall;
