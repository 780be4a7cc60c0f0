import PropTypes from 'prop-types';
import ContentBody from '../Core/Views/ContentBody';
import DequapCategory from './DequapCategory';
import ViewLayout from '../Core/Views/ViewLayout';
import ToolActions from './ToolActions';
import { valueLabel } from '../../helpers';

/** Page of a tool: kind, DEQuaP category, text, its file and video. */
const ToolView = ({ content }) => (
  <ViewLayout
    content={content}
    className="fmm-tool"
    kicker={
      <>
        <DequapCategory category={content.dequap_category} />
        {valueLabel(content.tool_kind)}
      </>
    }
  >
    <ContentBody content={content} />
    <ToolActions tool={content} primary />
  </ViewLayout>
);

ToolView.propTypes = {
  content: PropTypes.shape({
    title: PropTypes.string,
    tool_kind: PropTypes.oneOfType([PropTypes.string, PropTypes.object]),
    video_url: PropTypes.string,
    file: PropTypes.shape({
      download: PropTypes.string,
      filename: PropTypes.string,
    }),
  }).isRequired,
};

export default ToolView;
