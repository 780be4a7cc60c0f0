import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import downloadSVG from '@plone/volto/icons/download.svg';
import videoSVG from '@plone/volto/icons/video.svg';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

const messages = defineMessages({
  download: { id: 'Download {name}', defaultMessage: 'Download {name}' },
  video: { id: 'Watch the video', defaultMessage: 'Watch the video' },
});

/**
 * What a tool offers: its file to download, its video link; nothing when
 * it has neither. `primary` makes the download the page's main button.
 */
const ToolActions = ({ tool, primary }) => {
  const intl = useIntl();
  if (!tool.file?.download && !tool.video_url) {
    return null;
  }
  return (
    <div className="fmm-actions">
      {tool.file?.download && (
        <a
          href={flattenToAppURL(tool.file.download)}
          className={`ui ${primary ? 'primary ' : ''}button fmm-download`}
        >
          <Icon name={downloadSVG} size="20px" ariaHidden />
          {intl.formatMessage(messages.download, {
            name: tool.file.filename,
          })}
        </a>
      )}
      {tool.video_url && (
        <UniversalLink href={tool.video_url} className="ui button fmm-video">
          <Icon name={videoSVG} size="20px" ariaHidden />
          {intl.formatMessage(messages.video)}
        </UniversalLink>
      )}
    </div>
  );
};

ToolActions.propTypes = {
  tool: PropTypes.shape({
    video_url: PropTypes.string,
    file: PropTypes.shape({
      download: PropTypes.string,
      filename: PropTypes.string,
    }),
  }).isRequired,
  primary: PropTypes.bool,
};

ToolActions.defaultProps = {
  primary: false,
};

export default ToolActions;
