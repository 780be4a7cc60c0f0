import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import DateTime from '../Core/Listing/DateTime';
import ContentBody from '../Core/Views/ContentBody';
import DetailList from '../Core/Views/DetailList';
import ViewLayout from '../Core/Views/ViewLayout';
import { valueLabel, valueToken } from '../../helpers';

const messages = defineMessages({
  publishedBy: {
    id: 'Published by {house} on {date}',
    defaultMessage: 'Published by {house} on {date}',
  },
  functions: { id: 'Function(s)', defaultMessage: 'Function(s)' },
  contract: { id: 'Contract', defaultMessage: 'Contract' },
  workingHours: { id: 'Working hours', defaultMessage: 'Working hours' },
  jobStart: { id: 'Start', defaultMessage: 'Start' },
  howToApply: { id: 'How to apply', defaultMessage: 'How to apply' },
  onWebsiteUntil: {
    id: 'On the federation’s website until {date}',
    defaultMessage: 'On the federation’s website until {date}',
  },
});

/** The announcement type of job offers (its own fields show then). */
export const JOB_OFFER = 'job_offer';

/** What a job offer states: functions, contract, hours, start, how to apply. */
const JobOfferDetails = ({ content }) => {
  const intl = useIntl();
  return (
    <>
      <DetailList
        rows={[
          {
            label: intl.formatMessage(messages.functions),
            value: (content.job_functions || []).map(valueLabel).join(', '),
          },
          {
            label: intl.formatMessage(messages.contract),
            value: valueLabel(content.contract),
          },
          {
            label: intl.formatMessage(messages.workingHours),
            value: content.working_hours,
          },
          {
            label: intl.formatMessage(messages.jobStart),
            value: content.job_start,
            display: <DateTime date={content.job_start} />,
          },
          {
            label: intl.formatMessage(messages.howToApply),
            value: content.how_to_apply,
            display: (
              <span style={{ whiteSpace: 'pre-line' }}>
                {content.how_to_apply}
              </span>
            ),
          },
        ]}
      />
      {content.publish_on_website && content.publication_end && (
        <p className="fmm-job-offer-public">
          {intl.formatMessage(messages.onWebsiteUntil, {
            date: <DateTime date={content.publication_end} />,
          })}
        </p>
      )}
    </>
  );
};

JobOfferDetails.propTypes = {
  content: PropTypes.object.isRequired,
};

/** An announcement of a medical house: type, publisher, date, text; a job offer's details. */
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
      {valueToken(content.announcement_type) === JOB_OFFER && (
        <JobOfferDetails content={content} />
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
