import PropTypes from 'prop-types';
import { Field, describedBy } from '../Core/Form/Field';

/** A labelled `<textarea>`; `onChange` receives the text. */
const TextareaField = ({
  id,
  label,
  help,
  error,
  required,
  maxLength,
  value,
  onChange,
}) => (
  <Field id={id} label={label} help={help} error={error} required={required}>
    <textarea
      id={id}
      required={required || undefined}
      maxLength={maxLength}
      value={value}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, help, error)}
      onChange={(event) => onChange(event.target.value)}
    />
  </Field>
);

TextareaField.propTypes = {
  id: PropTypes.string.isRequired,
  label: PropTypes.node.isRequired,
  help: PropTypes.node,
  error: PropTypes.node,
  required: PropTypes.bool,
  maxLength: PropTypes.number,
  value: PropTypes.string,
  onChange: PropTypes.func.isRequired,
};

TextareaField.defaultProps = {
  help: null,
  error: null,
  required: false,
  maxLength: 2000,
  value: '',
};

export default TextareaField;
