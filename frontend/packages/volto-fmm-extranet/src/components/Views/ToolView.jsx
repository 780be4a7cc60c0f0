import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import downloadSVG from '@plone/volto/icons/download.svg';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import ContentBody from './ContentBody';
import DequapCategory from './DequapCategory';
import ViewLayout from './ViewLayout';
import { valueLabel } from '../../helpers';

const messages = defineMessages({
  download: { id: 'Download {name}', defaultMessage: 'Download {name}' },
  video: { id: 'Watch the video', defaultMessage: 'Watch the video' },
});

/** Page of a tool: kind, DEQuaP category, text, its file and video. */
const ToolView = ({ content }) => {
  const intl = useIntl();
  return (
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
      <div className="fmm-actions">
        {content.file?.download && (
          <a
            href={flattenToAppURL(content.file.download)}
            className="ui primary button fmm-download"
          >
            <Icon name={downloadSVG} size="20px" ariaHidden />
            {intl.formatMessage(messages.download, {
              name: content.file.filename,
            })}
          </a>
        )}
        {content.video_url && (
          <UniversalLink href={content.video_url} className="ui button">
            {intl.formatMessage(messages.video)}
          </UniversalLink>
        )}
      </div>
    </ViewLayout>
  );
};

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
