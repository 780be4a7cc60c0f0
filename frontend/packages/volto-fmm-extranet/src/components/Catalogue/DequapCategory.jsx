import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { valueLabel, valueToken } from '../../helpers';
import sharedMessages from '../../messages';

/**
 * Page of a DEQuaP category, listing every formation and tool in it.
 * @param {string} token Token of the category.
 */
export const dequapLink = (token) => `/dequap/${encodeURIComponent(token)}`;

/**
 * The DEQuaP category of a formation or tool, linking to the page of that
 * category (every formation and tool in it).
 */
const DequapCategory = ({ category }) => {
  const intl = useIntl();
  const token = valueToken(category);
  if (!token) {
    return null;
  }
  return (
    <Link
      className="fmm-dequap"
      to={dequapLink(token)}
      title={intl.formatMessage(sharedMessages.dequapCategory)}
    >
      {valueLabel(category)}
    </Link>
  );
};

DequapCategory.propTypes = {
  category: PropTypes.oneOfType([PropTypes.string, PropTypes.object]),
};

DequapCategory.defaultProps = {
  category: null,
};

export default DequapCategory;
