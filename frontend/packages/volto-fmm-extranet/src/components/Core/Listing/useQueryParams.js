import { useCallback, useMemo } from 'react';
import { useHistory, useLocation } from 'react-router-dom';

/**
 * The page's query string as state: read as an object of strings (arrays
 * for repeated keys), written back by navigating, so filters are bookmarkable
 * and the back button works.
 * @returns {Array} [params, setParams(newParams)]
 */
const useQueryParams = () => {
  const location = useLocation();
  const history = useHistory();

  const params = useMemo(() => {
    const result = {};
    new URLSearchParams(location.search).forEach((value, key) => {
      if (key in result) {
        result[key] = [].concat(result[key], value);
      } else {
        result[key] = value;
      }
    });
    return result;
  }, [location.search]);

  const setParams = useCallback(
    (newParams) => {
      const search = new URLSearchParams();
      Object.entries(newParams).forEach(([key, value]) => {
        [].concat(value).forEach((item) => {
          if (item !== undefined && item !== null && item !== '') {
            search.append(key, item);
          }
        });
      });
      history.push({ pathname: location.pathname, search: search.toString() });
    },
    [history, location.pathname],
  );

  return [params, setParams];
};

export default useQueryParams;
