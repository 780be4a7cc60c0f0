import { useCallback, useEffect, useState } from 'react';
import { useDispatch } from 'react-redux';
import { callService, getService } from '../../actions';
import {
  SHORTCUTS_KEY,
  SHORTCUTS_PATH,
} from '../Layout/Header/ShortcutButtons';

/** A space never opened shows as new what the last 30 days brought (as its count). */
const NEVER_OPENED_MS = 30 * 24 * 3600 * 1000;

/**
 * The signed-in worker opens a space: tell the backend once per page shown
 * (`POST <space>/@seen`), then refresh the shortcut buttons (their counts
 * clear). Returns `isNew(item)`: whether an item is dated after the previous
 * visit; nothing is new until the backend answered (or when it refuses: an
 * account without a worker profile).
 * @param {string} path The space's path.
 */
const useSeen = (path) => {
  const dispatch = useDispatch();
  const [since, setSince] = useState(null);

  useEffect(() => {
    let shown = true;
    setSince(null);
    Promise.resolve(dispatch(callService('post', `${path}/@seen`, {}))).then(
      (answer) => {
        if (!shown || !answer || !('previous' in answer)) {
          return;
        }
        setSince(
          answer.previous
            ? new Date(answer.previous)
            : new Date(Date.now() - NEVER_OPENED_MS),
        );
        dispatch(getService(SHORTCUTS_KEY, SHORTCUTS_PATH));
      },
      () => {},
    );
    return () => {
      shown = false;
    };
  }, [dispatch, path]);

  return useCallback(
    (item) => Boolean(since && item.date && new Date(item.date) > since),
    [since],
  );
};

export default useSeen;
