import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import {
  resetSearchContent,
  searchContent,
} from '@plone/volto/actions/search/search';

const EMPTY = { items: [], total: 0, loading: false, loaded: false };

/**
 * Runs a catalog search (`@search`) in a named subrequest of Volto's search
 * store, refreshed when the path or query change.
 * @param {string} path Path searched under ('' for the whole site).
 * @param {Object|null} query Search options; `null` skips the search.
 * @param {string} key Name of the subrequest.
 * @returns {Object} items, total, loading, loaded, error.
 */
const useSearch = (path, query, key) => {
  const dispatch = useDispatch();
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    if (query) {
      dispatch(searchContent(path, query, key));
    }
    return () => dispatch(resetSearchContent(key));
    // queryKey stands for query: same search, same request
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dispatch, path, queryKey, key]);

  return useSelector((state) => state.search.subrequests?.[key]) || EMPTY;
};

export default useSearch;
