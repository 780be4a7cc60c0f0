import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import Card from '../Core/Listing/Card';
import DateTime from '../Core/Listing/DateTime';
import DequapCategory from './DequapCategory';
import { FormationStatus } from './FormationView';

const messages = defineMessages({
  nextSession: { id: 'Next session:', defaultMessage: 'Next session:' },
});

/**
 * A formation of the catalogue (`@formations`, `@dequap`): title linking to
 * its sheet, status (a calendar icon when scheduled or with a waiting list),
 * DEQuaP category, description and next session.
 */
const FormationCard = ({ formation, headingLevel, showCategory }) => {
  const intl = useIntl();
  const session = formation.next_session;
  return (
    <Card
      className={`fmm-formation-card${formation.scheduled ? ' scheduled' : ''}`}
      href={formation['@id']}
      title={formation.title}
      headingLevel={headingLevel}
      description={formation.description}
      meta={
        <>
          <FormationStatus status={formation.formation_status} />
          {showCategory && (
            <DequapCategory category={formation.dequap_category} />
          )}
        </>
      }
    >
      {session?.start && (
        <p className="fmm-next-session">
          {intl.formatMessage(messages.nextSession)}{' '}
          <UniversalLink href={session['@id']} title={session.title}>
            <DateTime date={session.start} includeTime />
          </UniversalLink>
        </p>
      )}
    </Card>
  );
};

FormationCard.propTypes = {
  formation: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    title: PropTypes.string,
    description: PropTypes.string,
    dequap_category: PropTypes.object,
    formation_status: PropTypes.object,
    scheduled: PropTypes.bool,
    next_session: PropTypes.shape({
      '@id': PropTypes.string,
      title: PropTypes.string,
      start: PropTypes.string,
    }),
  }).isRequired,
  headingLevel: PropTypes.oneOf([2, 3]),
  showCategory: PropTypes.bool,
};

FormationCard.defaultProps = {
  headingLevel: 2,
  showCategory: true,
};

export default FormationCard;
