import PropTypes from 'prop-types';
import SubmitBar from './SubmitBar';

/**
 * One step of an action asked for in place (confirm it, give a reason,
 * correct an address): the errors of the last try, the step's own fields or
 * text, then the submit button, the cancel button and a polite progress.
 */
const StepForm = ({
  label,
  className,
  submitLabel,
  busyMessage,
  loading,
  errors,
  onSubmit,
  cancel,
  children,
}) => (
  <form
    className={['ui form', className].filter(Boolean).join(' ')}
    aria-busy={loading}
    aria-label={label}
    onSubmit={(event) => {
      event.preventDefault();
      onSubmit();
    }}
  >
    {errors}
    {children}
    <SubmitBar label={submitLabel} loading={loading} busyMessage={busyMessage}>
      {cancel}
    </SubmitBar>
  </form>
);

StepForm.propTypes = {
  /** Name of the form (when the page holds several). */
  label: PropTypes.string,
  className: PropTypes.string,
  submitLabel: PropTypes.string.isRequired,
  busyMessage: PropTypes.string,
  loading: PropTypes.bool,
  /** The errors of the last try (FormErrors). */
  errors: PropTypes.node,
  onSubmit: PropTypes.func.isRequired,
  /** The button that leaves the step. */
  cancel: PropTypes.node,
  children: PropTypes.node,
};

StepForm.defaultProps = {
  label: undefined,
  className: null,
  busyMessage: undefined,
  loading: false,
  errors: null,
  cancel: null,
  children: null,
};

export default StepForm;
