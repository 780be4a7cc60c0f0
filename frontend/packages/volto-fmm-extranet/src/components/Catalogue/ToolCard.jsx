import PropTypes from 'prop-types';
import Card from '../Core/Listing/Card';
import DequapCategory from './DequapCategory';
import ToolActions from './ToolActions';
import { valueLabel, valueToken } from '../../helpers';

/**
 * A tool of the catalogue (`@tools`, `@dequap`): title linking to its page,
 * kind (kit, canvas, poster, video, file), DEQuaP category, description,
 * then its file to download and its video.
 */
const ToolCard = ({ tool, headingLevel, showCategory }) => (
  <Card
    className={`fmm-tool-card ${valueToken(tool.tool_kind) || ''}`.trim()}
    href={tool['@id']}
    title={tool.title}
    headingLevel={headingLevel}
    description={tool.description}
    meta={
      <>
        {tool.tool_kind && (
          <span className="fmm-tool-kind">{valueLabel(tool.tool_kind)}</span>
        )}
        {showCategory && <DequapCategory category={tool.dequap_category} />}
      </>
    }
  >
    <ToolActions tool={tool} />
  </Card>
);

ToolCard.propTypes = {
  tool: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    title: PropTypes.string,
    description: PropTypes.string,
    tool_kind: PropTypes.object,
    dequap_category: PropTypes.object,
  }).isRequired,
  headingLevel: PropTypes.oneOf([2, 3]),
  showCategory: PropTypes.bool,
};

ToolCard.defaultProps = {
  headingLevel: 2,
  showCategory: true,
};

export default ToolCard;
