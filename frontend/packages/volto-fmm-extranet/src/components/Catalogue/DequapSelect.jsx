import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { VocabularySelect } from '../Core/Form/Field';
import sharedMessages from '../../messages';

/**
 * Select of a DEQuaP category (`fmm_extranet.DequapCategories`), by token;
 * absent while the vocabulary cannot be read.
 */
const DequapSelect = ({ id, value, onChange }) => {
  const intl = useIntl();
  return (
    <VocabularySelect
      id={id}
      vocabulary="fmm_extranet.DequapCategories"
      label={intl.formatMessage(sharedMessages.dequapCategory)}
      emptyLabel={intl.formatMessage(sharedMessages.allCategories)}
      value={value}
      onChange={onChange}
    />
  );
};

DequapSelect.propTypes = {
  id: PropTypes.string.isRequired,
  value: PropTypes.string,
  onChange: PropTypes.func.isRequired,
};

DequapSelect.defaultProps = {
  value: '',
};

export default DequapSelect;
