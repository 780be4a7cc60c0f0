/**
 * What a refused request tells the user: the backend's message and the
 * problems of each field.
 *
 * The extranet's own services answer `{type, message, errors: [{field,
 * message}]}`; plone.restapi's content validation (adding or editing a Job)
 * puts a Python list of `{'message': …, 'field': …}` in `message`.
 */

const PY_STRING = `'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*"`;
const PY_PROBLEM = new RegExp(
  `'message': (${PY_STRING}), 'field': (${PY_STRING})|'field': (${PY_STRING}), 'message': (${PY_STRING})`,
  'g',
);

const unquote = (text) =>
  text
    .slice(1, -1)
    .replace(/\\(.)/g, (match, char) => (char === 'n' ? '\n' : char));

/**
 * Field problems in the text of a plone.restapi validation error.
 * @param {string} text e.g. `[{'message': 'Required', 'field': 'title', …}]`
 * @returns {Array} [{field, message}]
 */
export const parsePythonErrors = (text) =>
  Array.from(String(text).matchAll(PY_PROBLEM), (match) =>
    match[1]
      ? { message: unquote(match[1]), field: unquote(match[2]) }
      : { field: unquote(match[3]), message: unquote(match[4]) },
  );

/**
 * @param {Object} error Rejection of Volto's Api helper (superagent error).
 * @returns {Object} status, message (null when there is none worth showing)
 *   and fields ({field: message}, the first problem of each field).
 */
export const apiErrors = (error) => {
  const body = error?.response?.body || {};
  let message = body.message ?? body.error?.message ?? null;
  let problems = Array.isArray(body.errors) ? body.errors : [];
  if (typeof message === 'string' && message.trim().startsWith('[')) {
    problems = [...problems, ...parsePythonErrors(message)];
    message = null;
  }
  const fields = {};
  problems.forEach(({ field, message: text }) => {
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
