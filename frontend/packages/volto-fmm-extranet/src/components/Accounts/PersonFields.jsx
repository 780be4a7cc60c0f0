import PropTypes from 'prop-types';
import { InputField } from '../Core/Form/Field';

/**
 * First name, last name and email of a person: the account request (of the
 * person herself: her browser may fill them in) and a manager adding someone
 * to the team (someone else's: no autofill). Controls `<id>-first-name`,
 * `<id>-last-name`, `<id>-email`.
 */
const PersonFields = ({
  id,
  own,
  labels,
  errors,
  values,
  onChange,
  emailHelp,
}) => {
  const autoComplete = (token) => (own ? token : 'off');
  const field = (name, token, props = {}) => (
    <InputField
      id={`${id}-${name.replace('_', '-')}`}
      label={labels[name]}
      required
      autoComplete={autoComplete(token)}
      error={errors[name]}
      value={values[name]}
      onChange={onChange(name)}
      {...props}
    />
  );
  return (
    <>
      <div className="two fields">
        {field('first_name', 'given-name')}
        {field('last_name', 'family-name')}
      </div>
      {field('email', 'email', { type: 'email', help: emailHelp })}
    </>
  );
};

PersonFields.propTypes = {
  /** Prefix of the controls' ids. */
  id: PropTypes.string.isRequired,
  /** The person fills in her own name and address. */
  own: PropTypes.bool,
  labels: PropTypes.objectOf(PropTypes.string).isRequired,
  errors: PropTypes.object.isRequired,
  values: PropTypes.object.isRequired,
  /** `onChange(name)` is the change handler of one field. */
  onChange: PropTypes.func.isRequired,
  emailHelp: PropTypes.string,
};

PersonFields.defaultProps = {
  own: false,
  emailHelp: null,
};

export default PersonFields;
