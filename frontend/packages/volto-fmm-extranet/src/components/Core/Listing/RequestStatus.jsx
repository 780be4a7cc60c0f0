import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Loader, Message } from 'semantic-ui-react';
import messages from '../../../messages';

/**
 * Progress and failure feedback of a request: an inline loader while it runs,
 * a polite message when the service failed or is not available yet.
 */
const RequestStatus = ({ loading, error, errorMessage }) => {
  const intl = useIntl();
  if (loading) {
    return (
      <Loader active inline size="small" role="status">
        {intl.formatMessage(messages.loading)}
      </Loader>
    );
  }
  if (error) {
    return (
      <Message warning size="small" role="status">
        {errorMessage || intl.formatMessage(messages.unavailable)}
      </Message>
    );
  }
  return null;
};

RequestStatus.propTypes = {
  loading: PropTypes.bool,
  error: PropTypes.oneOfType([PropTypes.bool, PropTypes.object]),
  errorMessage: PropTypes.string,
};

RequestStatus.defaultProps = {
  loading: false,
  error: null,
  errorMessage: null,
};

export default RequestStatus;
