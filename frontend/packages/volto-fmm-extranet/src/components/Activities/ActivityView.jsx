import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Message } from 'semantic-ui-react';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import ContentBody from '../Core/Views/ContentBody';
import DetailList from '../Core/Views/DetailList';
import Registration from '../Registrations/Registration';
import ViewLayout from '../Core/Views/ViewLayout';
import { formatEventDates } from '../../helpers/dates';
import { useCanEdit, valueLabel } from '../../helpers';

const messages = defineMessages({
  when: { id: 'When', defaultMessage: 'When' },
  recurring: { id: 'Recurring activity', defaultMessage: 'Recurring activity' },
  where: { id: 'Where', defaultMessage: 'Where' },
  type: { id: 'Type of activity', defaultMessage: 'Type of activity' },
  organiser: { id: 'Organiser', defaultMessage: 'Organiser' },
  sectors: {
    id: 'Professions concerned',
    defaultMessage: 'Professions concerned',
  },
  themes: { id: 'Thematic areas', defaultMessage: 'Thematic areas' },
  contact: { id: 'Contact', defaultMessage: 'Contact' },
  website: { id: 'Website', defaultMessage: 'Website' },
  cancelled: {
    id: 'This session is cancelled.',
    defaultMessage: 'This session is cancelled.',
  },
  participants: { id: 'Participants', defaultMessage: 'Participants' },
});

/**
 * An activity of the agenda: dates, place, type, organiser, contact, the
 * registration (places left, register / cancel) when it takes any, text.
 * A cancelled session says so; its organisers reach its participants.
 */
const ActivityView = ({ content }) => {
  const intl = useIntl();
  const canEdit = useCanEdit();
  const contact = [content.contact_name, content.contact_phone]
    .filter(Boolean)
    .join(', ');
  const labels = (values) => (values || []).map(valueLabel).join(', ');

  return (
    <ViewLayout content={content} className="fmm-activity">
      {content.session_cancelled && (
        <Message warning className="fmm-session-cancelled">
          <strong>{intl.formatMessage(messages.cancelled)}</strong>
        </Message>
      )}
      {canEdit &&
        (content.registration_enabled || content.session_cancelled) && (
          <p>
            <Link
              className="ui button fmm-participants-link"
              to={`${flattenToAppURL(content['@id'])}/participants`}
            >
              {intl.formatMessage(messages.participants)}
            </Link>
          </p>
        )}
      <DetailList
        rows={[
          {
            label: intl.formatMessage(messages.when),
            value: formatEventDates(content, intl.locale),
            display: (
              <>
                <time dateTime={content.start}>
                  {formatEventDates(content, intl.locale)}
                </time>
                {content.recurrence && (
                  <span className="fmm-recurring">
                    {' '}
                    ({intl.formatMessage(messages.recurring)})
                  </span>
                )}
              </>
            ),
          },
          {
            label: intl.formatMessage(messages.where),
            value: content.location,
          },
          {
            label: intl.formatMessage(messages.type),
            value: valueLabel(content.activity_type),
          },
          {
            label: intl.formatMessage(messages.organiser),
            value: valueLabel(content.organiser),
          },
          {
            label: intl.formatMessage(messages.sectors),
            value: labels(content.sectors),
          },
          {
            label: intl.formatMessage(messages.themes),
            value: labels(content.themes),
          },
          {
            label: intl.formatMessage(messages.contact),
            value: contact || content.contact_email,
            display: (
              <>
                {contact}
                {content.contact_email && (
                  <>
                    {contact && ' – '}
                    <a href={`mailto:${content.contact_email}`}>
                      {content.contact_email}
                    </a>
                  </>
                )}
              </>
            ),
          },
          {
            label: intl.formatMessage(messages.website),
            value: content.event_url,
            display: (
              <UniversalLink href={content.event_url}>
                {content.event_url}
              </UniversalLink>
            ),
          },
        ]}
      />
      <Registration content={content} />
      <ContentBody content={content} />
    </ViewLayout>
  );
};

ActivityView.propTypes = {
  content: PropTypes.shape({
    title: PropTypes.string,
    start: PropTypes.string,
    end: PropTypes.string,
  }).isRequired,
};

export default ActivityView;
