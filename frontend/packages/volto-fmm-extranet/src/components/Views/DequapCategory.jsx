import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { searchLink } from '../Listing/queries';
import { valueLabel, valueToken } from '../../helpers';
import sharedMessages from '../../messages';

/**
 * The DEQuaP category of a formation or tool, linking to every formation and
 * tool of that category.
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
      to={searchLink([
        ['dequap_category', token],
        ['portal_type', 'Formation'],
        ['portal_type', 'Tool'],
      ])}
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
