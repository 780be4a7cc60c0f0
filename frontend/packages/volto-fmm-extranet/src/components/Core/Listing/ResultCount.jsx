import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../../../messages';

/**
 * Number of results (and the range shown, if any), a status region that
 * screen readers announce politely when it changes.
 */
const ResultCount = ({ total, range }) => {
  const intl = useIntl();
  return (
    <p role="status" className="fmm-result-count">
      {intl.formatMessage(messages.resultsCount, { count: total })}
      {range && ` (${range})`}
    </p>
  );
};

ResultCount.propTypes = {
  total: PropTypes.number.isRequired,
  range: PropTypes.string,
};

ResultCount.defaultProps = {
  range: null,
};

export default ResultCount;
