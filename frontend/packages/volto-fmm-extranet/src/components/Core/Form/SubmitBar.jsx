import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';

const messages = defineMessages({
  saving: { id: 'Saving…', defaultMessage: 'Saving…' },
  saved: { id: 'Saved.', defaultMessage: 'Saved.' },
});

/**
 * The buttons of a form (submit, then `children`) and a polite status that
 * says the form is being sent, then that it was saved.
 */
const SubmitBar = ({
  label,
  loading,
  done,
  doneMessage,
  busyMessage,
  children,
}) => {
  const intl = useIntl();
  let status = '';
  if (loading) {
    status = busyMessage || intl.formatMessage(messages.saving);
  } else if (done) {
    status = doneMessage || intl.formatMessage(messages.saved);
  }
  return (
    <div className="fmm-submit-bar">
      <Button type="submit" primary loading={loading} disabled={loading}>
        {label}
      </Button>
      {children}
      <span role="status" className="fmm-submit-status">
        {status}
      </span>
    </div>
  );
};

SubmitBar.propTypes = {
  label: PropTypes.string.isRequired,
  loading: PropTypes.bool,
  done: PropTypes.bool,
  doneMessage: PropTypes.string,
  busyMessage: PropTypes.string,
  children: PropTypes.node,
};

SubmitBar.defaultProps = {
  loading: false,
  done: false,
  doneMessage: null,
  busyMessage: null,
  children: null,
};

export default SubmitBar;
