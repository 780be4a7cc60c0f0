import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Message } from 'semantic-ui-react';

const messages = defineMessages({
  failed: {
    id: 'This could not be saved. Please try again later.',
    defaultMessage: 'This could not be saved. Please try again later.',
  },
  tooMany: {
    id: 'Too many attempts. Please try again in an hour.',
    defaultMessage: 'Too many attempts. Please try again in an hour.',
  },
  fieldProblem: {
    id: '{field}: {problem}',
    defaultMessage: '{field}: {problem}',
  },
  expired: {
    id: 'Your session has expired: please log in again.',
    defaultMessage: 'Your session has expired: please log in again.',
  },
});

/**
 * The message of a refused form, announced at once (`role="alert"`): the
 * backend's message, else a fitting one, then the list of the fields'
 * problems, named by `labels` (the fields also show theirs, see
 * `Field`'s `error`).
 */
const FormErrors = ({ error, fallback, labels }) => {
  const intl = useIntl();
  if (!error) {
    return null;
  }
  const { status, message, fields } = error;
  const generic =
    (status === 429 && intl.formatMessage(messages.tooMany)) ||
    (status === 401 && intl.formatMessage(messages.expired)) ||
    fallback ||
    intl.formatMessage(messages.failed);
  const problems = Object.entries(fields);
  return (
    <Message negative role="alert" className="fmm-form-errors">
      <p>{message || generic}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map(([field, text]) => (
            <li key={field}>
              {labels[field]
                ? intl.formatMessage(messages.fieldProblem, {
                    field: labels[field],
                    problem: text,
                  })
                : text}
            </li>
          ))}
        </ul>
      )}
    </Message>
  );
};

FormErrors.propTypes = {
  /** The refusal, as useServiceCall gives it (see apiErrors). */
  error: PropTypes.shape({
    status: PropTypes.number,
    message: PropTypes.string,
    fields: PropTypes.objectOf(PropTypes.string),
  }),
  fallback: PropTypes.string,
  labels: PropTypes.objectOf(PropTypes.string),
};

FormErrors.defaultProps = {
  error: null,
  fallback: null,
  labels: {},
};

export default FormErrors;
