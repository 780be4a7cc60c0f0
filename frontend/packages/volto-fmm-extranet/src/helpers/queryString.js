/**
 * The one builder of query strings of the extranet (service paths, links,
 * the listing pages' URL): empty values are left out, arrays repeat their
 * key.
 * @param {Object} params Query parameters.
 * @returns {string} `?a=1&b=2&b=3`, or an empty string.
 */
export const toQueryString = (params = {}) => {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    [].concat(value).forEach((item) => {
      if (item !== undefined && item !== null && item !== '') {
        query.append(key, item);
      }
    });
  });
  const result = query.toString();
  return result ? `?${result}` : '';
};
