import { defineMessages, useIntl } from 'react-intl';
import PropTypes from 'prop-types';
import { useParams } from 'react-router-dom';
import { CardList } from '../Core/Listing/Card';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useService from '../Core/Listing/useService';
import FormationCard from './FormationCard';
import ToolCard from './ToolCard';
import sharedMessages from '../../messages';
import './Catalogue.less';

const messages = defineMessages({
  intro: {
    id: 'Every training and tool of this category of the DEQuaP approach (Let us develop together the quality of our practices).',
    defaultMessage:
      'Every training and tool of this category of the DEQuaP approach (Let us develop together the quality of our practices).',
  },
  trainings: { id: 'Trainings', defaultMessage: 'Trainings' },
  tools: { id: 'Tools', defaultMessage: 'Tools' },
  unknown: {
    id: 'This DEQuaP category does not exist.',
    defaultMessage: 'This DEQuaP category does not exist.',
  },
});

/** A titled list of cards of the category, or its empty state. */
const Section = ({ id, title, items, renderItem }) => {
  const intl = useIntl();
  return (
    <section className="fmm-dequap-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {items.length > 0 ? (
        <CardList>{items.map(renderItem)}</CardList>
      ) : (
        <p className="fmm-empty">
          {intl.formatMessage(sharedMessages.nothingYet)}
        </p>
      )}
    </section>
  );
};

Section.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  items: PropTypes.arrayOf(PropTypes.object).isRequired,
  renderItem: PropTypes.func.isRequired,
};

/**
 * Page of a DEQuaP category (`/dequap/<token>`, on `@dequap/<token>`):
 * every formation and tool in it. The category of a formation or tool
 * links here.
 */
const DequapPage = () => {
  const intl = useIntl();
  const { token } = useParams();
  const request = useService(
    'fmm-dequap',
    `/@dequap/${encodeURIComponent(token)}`,
  );
  const { loaded, error, data } = request;
  const formations = (loaded && data?.formations) || [];
  const tools = (loaded && data?.tools) || [];
  const title =
    (loaded && data?.category?.title) ||
    intl.formatMessage(sharedMessages.dequapCategory);

  return (
    <Page
      id="page-dequap"
      className="fmm-catalogue fmm-dequap-page"
      title={title}
      description={intl.formatMessage(messages.intro)}
    >
      <Results
        request={request}
        errorMessage={
          error?.status === 400 ? intl.formatMessage(messages.unknown) : null
        }
        total={formations.length + tools.length}
      >
        {loaded && (
          <>
            <Section
              id="dequap-formations"
              title={intl.formatMessage(messages.trainings)}
              items={formations}
              renderItem={(formation) => (
                <FormationCard
                  key={formation['@id']}
                  formation={formation}
                  headingLevel={3}
                  showCategory={false}
                />
              )}
            />
            <Section
              id="dequap-tools"
              title={intl.formatMessage(messages.tools)}
              items={tools}
              renderItem={(tool) => (
                <ToolCard
                  key={tool['@id']}
                  tool={tool}
                  headingLevel={3}
                  showCategory={false}
                />
              )}
            />
          </>
        )}
      </Results>
    </Page>
  );
};

export default DequapPage;
