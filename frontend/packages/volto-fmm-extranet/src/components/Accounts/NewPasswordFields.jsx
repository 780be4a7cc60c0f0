import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { InputField } from '../Core/Form/Field';

const messages = defineMessages({
  password: { id: 'New password', defaultMessage: 'New password' },
  passwordHelp: {
    id: 'Your browser may offer to remember it.',
    defaultMessage: 'Your browser may offer to remember it.',
  },
  confirm: {
    id: 'New password again',
    defaultMessage: 'New password again',
  },
  mismatch: {
    id: 'The two passwords are not the same.',
    defaultMessage: 'The two passwords are not the same.',
  },
});

/** Label of the new-password field, for a form's list of field errors. */
export const newPasswordLabel = messages.password;

/**
 * A new password typed twice, marked `autocomplete="new-password"` so that the
 * browser offers to save it (activation, new password, change of password).
 */
const NewPasswordFields = ({ idPrefix, values, set, error, mismatch }) => {
  const intl = useIntl();
  return (
    <>
      <InputField
        id={idPrefix}
        type="password"
        autoComplete="new-password"
        required
        label={intl.formatMessage(messages.password)}
        help={intl.formatMessage(messages.passwordHelp)}
        error={error}
        value={values.password}
        onChange={set('password')}
      />
      <InputField
        id={`${idPrefix}-confirm`}
        type="password"
        autoComplete="new-password"
        required
        label={intl.formatMessage(messages.confirm)}
        error={mismatch ? intl.formatMessage(messages.mismatch) : null}
        value={values.confirm}
        onChange={set('confirm')}
      />
    </>
  );
};

NewPasswordFields.propTypes = {
  idPrefix: PropTypes.string.isRequired,
  values: PropTypes.shape({
    password: PropTypes.string,
    confirm: PropTypes.string,
  }).isRequired,
  set: PropTypes.func.isRequired,
  error: PropTypes.node,
  mismatch: PropTypes.bool,
};

export default NewPasswordFields;
