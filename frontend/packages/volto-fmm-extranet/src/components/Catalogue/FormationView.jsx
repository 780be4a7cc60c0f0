import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import calendarSVG from '@plone/volto/icons/calendar.svg';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import ListingSection from '../Core/Listing/ListingSection';
import { latestQuery } from '../Core/Listing/queries';
import ContentBody from '../Core/Views/ContentBody';
import DequapCategory from './DequapCategory';
import FormationInterest from './FormationInterest';
import RichText from '../Core/Views/RichText';
import ViewLayout from '../Core/Views/ViewLayout';
import { hasValue, valueLabel, valueToken } from '../../helpers';
import sharedMessages from '../../messages';

const messages = defineMessages({
  context: { id: 'Context', defaultMessage: 'Context' },
  objectives: { id: 'Objectives', defaultMessage: 'Objectives' },
  content: { id: 'Content', defaultMessage: 'Content' },
  method: { id: 'Method', defaultMessage: 'Method' },
  audience: { id: 'Audience', defaultMessage: 'Audience' },
  sessions: { id: 'Sessions', defaultMessage: 'Sessions' },
  documentsNotice: {
    id: 'These documents are often reserved to people who attended the formation.',
    defaultMessage:
      'These documents are often reserved to people who attended the formation.',
  },
});

const SHEET_FIELDS = ['context', 'objectives', 'content', 'method', 'audience'];
const PLANNED = ['scheduled', 'waiting_list'];

/** Status of a formation; a calendar icon marks the scheduled ones. */
export const FormationStatus = ({ status }) => {
  const token = valueToken(status);
  if (!token) {
    return null;
  }
  return (
    <span className={`fmm-formation-status ${token}`}>
      {PLANNED.includes(token) && (
        <Icon name={calendarSVG} size="18px" ariaHidden />
      )}
      {valueLabel(status)}
    </span>
  );
};

/**
 * Sheet of a formation: DEQuaP category, status, context, objectives,
 * content, method, audience, then its sessions and documents.
 */
const FormationView = ({ content }) => {
  const intl = useIntl();
  const path = flattenToAppURL(content['@id']);

  return (
    <ViewLayout
      content={content}
      className="fmm-formation"
      kicker={
        <>
          <DequapCategory category={content.dequap_category} />
          <FormationStatus status={content.formation_status} />
        </>
      }
    >
      {SHEET_FIELDS.filter((field) => hasValue(content[field])).map((field) => (
        <section key={field} className={`fmm-sheet-${field}`}>
          <h2>{intl.formatMessage(messages[field])}</h2>
          <RichText value={content[field]} />
        </section>
      ))}
      <ContentBody content={content} />
      <FormationInterest path={path} />
      <div className="fmm-sections">
        <ListingSection
          id="formation-sessions"
          title={intl.formatMessage(messages.sessions)}
          path={path}
          query={{
            portal_type: ['Activity'],
            sort_on: 'start',
            metadata_fields: ['start', 'end', 'whole_day', 'open_end'],
          }}
          eventDates
        />
        <ListingSection
          id="formation-documents"
          title={intl.formatMessage(sharedMessages.documents)}
          path={path}
          query={latestQuery(['File'], 50)}
          dateField="effective"
        />
      </div>
      <p className="fmm-hint">{intl.formatMessage(messages.documentsNotice)}</p>
    </ViewLayout>
  );
};

FormationView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    title: PropTypes.string,
  }).isRequired,
};

export default FormationView;
