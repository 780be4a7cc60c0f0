import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import DateTime from '../Core/Listing/DateTime';
import ContentBody from '../Core/Views/ContentBody';
import ViewLayout from '../Core/Views/ViewLayout';
import { valueLabel } from '../../helpers';

const messages = defineMessages({
  publishedBy: {
    id: 'Published by {house} on {date}',
    defaultMessage: 'Published by {house} on {date}',
  },
});

/** An announcement of a medical house: type, publisher, date, text. */
const AnnouncementView = ({ content }) => {
  const intl = useIntl();
  const house = content.parent;

  return (
    <ViewLayout
      content={content}
      className="fmm-announcement"
      kicker={valueLabel(content.announcement_type)}
    >
      {house?.['@id'] && (
        <p className="fmm-byline">
          {intl.formatMessage(messages.publishedBy, {
            house: (
              <UniversalLink href={house['@id']}>{house.title}</UniversalLink>
            ),
            date: <DateTime date={content.effective || content.created} />,
          })}
        </p>
      )}
      <ContentBody content={content} />
    </ViewLayout>
  );
};

AnnouncementView.propTypes = {
  content: PropTypes.shape({
    title: PropTypes.string,
    announcement_type: PropTypes.oneOfType([
      PropTypes.string,
      PropTypes.object,
    ]),
    parent: PropTypes.object,
  }).isRequired,
};

export default AnnouncementView;
