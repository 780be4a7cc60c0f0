import PropTypes from 'prop-types';
import { flattenHTMLToAppURL } from '@plone/volto/helpers/Url/Url';

/**
 * A text field: rich text (`{data}`, sanitized by Plone) or plain text with
 * its line breaks kept.
 */
const RichText = ({ value, className }) => {
  if (value && typeof value === 'object') {
    return value.data ? (
      <div
        className={className}
        dangerouslySetInnerHTML={{ __html: flattenHTMLToAppURL(value.data) }}
      />
    ) : null;
  }
  return value ? (
    <div className={className} style={{ whiteSpace: 'pre-line' }}>
      {value}
    </div>
  ) : null;
};

RichText.propTypes = {
  value: PropTypes.oneOfType([
    PropTypes.string,
    PropTypes.shape({ data: PropTypes.string }),
  ]),
  className: PropTypes.string,
};

RichText.defaultProps = {
  value: null,
  className: 'fmm-richtext',
};

export default RichText;
