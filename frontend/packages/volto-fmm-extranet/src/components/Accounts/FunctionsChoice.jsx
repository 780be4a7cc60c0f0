import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { CheckboxField, InputField, SelectField } from '../Core/Form/Field';

const messages = defineMessages({
  help: {
    id: 'Tick your functions at this workplace: they open the sectoral groups of your profession.',
    defaultMessage:
      'Tick your functions at this workplace: they open the sectoral groups of your profession.',
  },
  complement: {
    id: 'Complement for {function} (optional)',
    defaultMessage: 'Complement for {function} (optional)',
  },
  noComplement: { id: 'None', defaultMessage: 'None' },
  speciality: {
    id: 'Speciality for {function} (optional)',
    defaultMessage: 'Speciality for {function} (optional)',
  },
  specialityHelp: {
    id: 'A field of expertise (e.g. addictions), found by the directory.',
    defaultMessage:
      'A field of expertise (e.g. addictions), found by the directory.',
  },
});

/**
 * The functions ticked, as the services take them (no complement: null).
 * @param {Array} value `[{function, complement, speciality}]` of the choice.
 */
export const functionsBody = (value) =>
  value.map((entry) => ({
    function: entry.function,
    complement: entry.complement || null,
    speciality: entry.speciality.trim(),
  }));

/**
 * The functions of a job, ticked by their (inclusive) labels; each ticked
 * function may get a complement and a speciality. `value` and `onChange`
 * use `[{function, complement, speciality}]` (tokens).
 */
const FunctionsChoice = ({
  id,
  legend,
  functions,
  complements,
  value,
  onChange,
  error,
}) => {
  const intl = useIntl();
  const entryOf = (token) => value.find((entry) => entry.function === token);
  const toggle = (token) => (checked) =>
    onChange(
      checked
        ? [...value, { function: token, complement: '', speciality: '' }]
        : value.filter((entry) => entry.function !== token),
    );
  const setEntry = (token, key) => (text) =>
    onChange(
      value.map((entry) =>
        entry.function === token ? { ...entry, [key]: text } : entry,
      ),
    );
  const complementOptions = complements.map((term) => ({
    value: term.token,
    label: term.title,
  }));

  return (
    <fieldset
      id={id}
      className={`fmm-fieldset fmm-functions-choice${error ? ' error' : ''}`}
      aria-describedby={[`${id}-help`, error && `${id}-error`]
        .filter(Boolean)
        .join(' ')}
    >
      <legend>
        {legend} <span className="fmm-required-mark">*</span>
      </legend>
      <p id={`${id}-help`} className="fmm-help">
        {intl.formatMessage(messages.help)}
      </p>
      {error && (
        <p id={`${id}-error`} className="fmm-field-error">
          {error}
        </p>
      )}
      <ul>
        {functions.map(({ token, title }) => {
          const entry = entryOf(token);
          return (
            <li key={token}>
              <CheckboxField
                id={`${id}-${token}`}
                label={title}
                checked={Boolean(entry)}
                onChange={toggle(token)}
              />
              {entry && (
                <div className="two fields fmm-function-details">
                  {complementOptions.length > 0 && (
                    <SelectField
                      id={`${id}-${token}-complement`}
                      label={intl.formatMessage(messages.complement, {
                        function: title,
                      })}
                      emptyLabel={intl.formatMessage(messages.noComplement)}
                      options={complementOptions}
                      value={entry.complement}
                      onChange={setEntry(token, 'complement')}
                    />
                  )}
                  <InputField
                    id={`${id}-${token}-speciality`}
                    label={intl.formatMessage(messages.speciality, {
                      function: title,
                    })}
                    maxLength={200}
                    help={intl.formatMessage(messages.specialityHelp)}
                    value={entry.speciality}
                    onChange={setEntry(token, 'speciality')}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
};

const termsShape = PropTypes.arrayOf(
  PropTypes.shape({ token: PropTypes.string, title: PropTypes.string }),
);

FunctionsChoice.propTypes = {
  id: PropTypes.string.isRequired,
  legend: PropTypes.string.isRequired,
  functions: termsShape.isRequired,
  complements: termsShape,
  value: PropTypes.arrayOf(
    PropTypes.shape({
      function: PropTypes.string,
      complement: PropTypes.string,
      speciality: PropTypes.string,
    }),
  ).isRequired,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.node,
};

FunctionsChoice.defaultProps = {
  complements: [],
  error: null,
};

export default FunctionsChoice;
