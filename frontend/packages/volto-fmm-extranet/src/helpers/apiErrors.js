/**
 * What a refused request tells the user: the backend's message and the
 * problems of each field.
 *
 * Every refusal of the backend (4xx), plone.restapi's content validation
 * included, has the one shape `{type, message, errors: [{field, message}]}`.
 */

/**
 * @param {Object} error Rejection of Volto's Api helper (superagent error).
 * @returns {Object} status, message (null when there is none worth showing)
 *   and fields ({field: message}, the first problem of each field).
 */
export const apiErrors = (error) => {
  const { message, errors } = error?.response?.body || {};
  const fields = {};
  (Array.isArray(errors) ? errors : []).forEach(({ field, message: text }) => {
    if (field && text && !(field in fields)) {
      fields[field] = text;
    }
  });
  return {
    status: error?.status ?? error?.response?.status ?? null,
    message: typeof message === 'string' && message ? message : null,
    fields,
  };
};
