import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { formatDate } from '../../../helpers/dates';

/** A `<time>` element showing a date (and time) in the UI language. */
const DateTime = ({ date, includeTime, className }) => {
  const { locale } = useIntl();
  const text = formatDate(date, locale, includeTime);
  return text ? (
    <time dateTime={date} className={className}>
      {text}
    </time>
  ) : null;
};

DateTime.propTypes = {
  date: PropTypes.string,
  includeTime: PropTypes.bool,
  className: PropTypes.string,
};

DateTime.defaultProps = {
  date: null,
  includeTime: false,
  className: null,
};

export default DateTime;
