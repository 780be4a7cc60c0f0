import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import useVocabulary from '../../../helpers/useVocabulary';
import sharedMessages from '../../../messages';
import './Form.less';

const fieldClass = (required, inline, error, className) =>
  [
    'field',
    required && 'required',
    inline && 'inline',
    error && 'error',
    className,
  ]
    .filter(Boolean)
    .join(' ');

/**
 * Ids of the help text and error message a control is described by.
 * @returns {string|undefined} e.g. `email-help email-error`.
 */
export const describedBy = (id, help, error) =>
  [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') ||
  undefined;

/**
 * A Semantic UI form field: its label (tied to the control by `id`), the
 * control, then an optional help text and error message the control is
 * described by. Inline fields (checkboxes) put the label after the control.
 */
export const Field = ({
  id,
  label,
  required,
  inline,
  help,
  error,
  className,
  children,
}) => {
  const labelElement = <label htmlFor={id}>{label}</label>;
  return (
    <div className={fieldClass(required, inline, error, className)}>
      {!inline && labelElement}
      {children}
      {inline && labelElement}
      {help && <small id={`${id}-help`}>{help}</small>}
      {error && (
        <small id={`${id}-error`} className="fmm-field-error">
          {error}
        </small>
      )}
    </div>
  );
};

Field.propTypes = {
  id: PropTypes.string.isRequired,
  label: PropTypes.node.isRequired,
  required: PropTypes.bool,
  inline: PropTypes.bool,
  help: PropTypes.node,
  error: PropTypes.node,
  className: PropTypes.string,
  children: PropTypes.node.isRequired,
};

Field.defaultProps = {
  required: false,
  inline: false,
  help: null,
  error: null,
  className: null,
};

/**
 * Splits the props of a field component: those of its `Field`, and the
 * others, for its control (which also gets its id, required, help and
 * error).
 */
const splitProps = ({
  id,
  label,
  required,
  help,
  error,
  className,
  ...rest
}) => [
  { id, label, required, help, error, className },
  {
    ...rest,
    id,
    required: required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, help, error),
  },
];

const fieldPropTypes = {
  id: PropTypes.string.isRequired,
  label: PropTypes.node.isRequired,
  onChange: PropTypes.func.isRequired,
  required: PropTypes.bool,
  help: PropTypes.node,
  error: PropTypes.node,
  className: PropTypes.string,
};

const fieldDefaultProps = {
  value: '',
  required: false,
  help: null,
  error: null,
  className: null,
};

/**
 * A labelled `<input>` (text by default); `onChange` receives the value.
 * Other props (type, autoComplete, inputMode…) go to the input.
 */
export const InputField = ({ value, onChange, ...props }) => {
  const [field, control] = splitProps(props);
  return (
    <Field {...field}>
      <input
        {...control}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
};

InputField.propTypes = {
  ...fieldPropTypes,
  value: PropTypes.string,
};

InputField.defaultProps = fieldDefaultProps;

/** The "Words" search box of a filters form (an `InputField`). */
export const WordsField = (props) => {
  const intl = useIntl();
  return (
    <InputField
      {...props}
      type="search"
      label={intl.formatMessage(sharedMessages.words)}
    />
  );
};

WordsField.propTypes = {
  id: PropTypes.string.isRequired,
  value: PropTypes.string,
  onChange: PropTypes.func.isRequired,
};

WordsField.defaultProps = {
  value: '',
};

/**
 * A labelled `<select>` of `options` ({value, label}), with a first empty
 * option when `emptyLabel` is given. `onChange` receives the value, or the
 * array of selected values of a `multiple` select.
 */
export const SelectField = ({
  value,
  onChange,
  options,
  emptyLabel,
  multiple,
  ...props
}) => {
  const [field, control] = splitProps(props);
  return (
    <Field {...field}>
      <select
        {...control}
        multiple={multiple || undefined}
        value={value}
        onChange={(event) =>
          onChange(
            multiple
              ? Array.from(
                  event.target.selectedOptions,
                  (option) => option.value,
                )
              : event.target.value,
          )
        }
      >
        {emptyLabel !== null && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
};

SelectField.propTypes = {
  ...fieldPropTypes,
  value: PropTypes.oneOfType([
    PropTypes.string,
    PropTypes.arrayOf(PropTypes.string),
  ]),
  options: PropTypes.arrayOf(
    PropTypes.shape({ value: PropTypes.string, label: PropTypes.node }),
  ).isRequired,
  emptyLabel: PropTypes.string,
  multiple: PropTypes.bool,
};

SelectField.defaultProps = {
  ...fieldDefaultProps,
  emptyLabel: null,
  multiple: false,
};

/** A checkbox with its label after it; `onChange` receives `checked`. */
export const CheckboxField = ({ id, label, checked, onChange, required }) => (
  <Field id={id} label={label} required={required} inline>
    <input
      id={id}
      required={required || undefined}
      type="checkbox"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  </Field>
);

CheckboxField.propTypes = {
  id: PropTypes.string.isRequired,
  label: PropTypes.node.isRequired,
  checked: PropTypes.bool,
  onChange: PropTypes.func.isRequired,
  required: PropTypes.bool,
};

CheckboxField.defaultProps = {
  checked: false,
  required: false,
};

/**
 * A `SelectField` of the terms of a vocabulary (`@vocabularies/<name>`);
 * nothing while the vocabulary is empty or cannot be read.
 */
export const VocabularySelect = ({ vocabulary, ...props }) => {
  const { items } = useVocabulary(vocabulary);
  return items.length > 0 ? <SelectField {...props} options={items} /> : null;
};

VocabularySelect.propTypes = {
  vocabulary: PropTypes.string.isRequired,
};

/**
 * A group of radio buttons in a fieldset (its legend names the choice), for
 * a few exclusive options such as a toggle; `onChange` receives the value.
 */
export const RadioGroup = ({ name, legend, value, onChange, options }) => (
  <fieldset className="field fmm-radio-group">
    <legend>{legend}</legend>
    {options.map((option) => {
      const id = `${name}-${option.value || 'none'}`;
      return (
        <span key={option.value} className="fmm-radio">
          <input
            id={id}
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={id}>{option.label}</label>
        </span>
      );
    })}
  </fieldset>
);

RadioGroup.propTypes = {
  name: PropTypes.string.isRequired,
  legend: PropTypes.node.isRequired,
  value: PropTypes.string,
  onChange: PropTypes.func.isRequired,
  options: PropTypes.arrayOf(
    PropTypes.shape({ value: PropTypes.string, label: PropTypes.node }),
  ).isRequired,
};

RadioGroup.defaultProps = {
  value: '',
};
