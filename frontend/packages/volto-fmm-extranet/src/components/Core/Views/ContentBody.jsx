import PropTypes from 'prop-types';
import RenderBlocks from '@plone/volto/components/theme/View/RenderBlocks';
import { hasBlocksData } from '@plone/volto/helpers/Blocks/Blocks';
import RichText from './RichText';

/**
 * Main text of a content item: its blocks (without the title block, the
 * views render the title themselves) or its `text` rich text field.
 */
const ContentBody = ({ content }) => {
  if (hasBlocksData(content)) {
    const items = content.blocks_layout.items.filter(
      (id) => content.blocks[id]?.['@type'] !== 'title',
    );
    return items.length > 0 ? (
      <div className="fmm-content-body">
        <RenderBlocks content={{ ...content, blocks_layout: { items } }} />
      </div>
    ) : null;
  }
  return <RichText value={content.text} className="fmm-content-body" />;
};

ContentBody.propTypes = {
  content: PropTypes.object.isRequired,
};

export default ContentBody;
