import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import ItemList from '../Core/Listing/ItemList';
import ContentBody from '../Core/Views/ContentBody';
import ViewLayout from '../Core/Views/ViewLayout';

const messages = defineMessages({
  synthesisPage: { id: 'Synthesis page', defaultMessage: 'Synthesis page' },
  resources: { id: 'Resources', defaultMessage: 'Resources' },
});

/** Synthesis page: its text, then the resources it compiles. */
const SynthesisPageView = ({ content }) => {
  const intl = useIntl();
  const resources = (content.relatedItems || [])
    .filter((item) => item?.['@id'])
    .map((item) => ({ ...item, '@id': flattenToAppURL(item['@id']) }));

  return (
    <ViewLayout
      content={content}
      className="fmm-synthesis"
      kicker={intl.formatMessage(messages.synthesisPage)}
    >
      <ContentBody content={content} />
      {resources.length > 0 && (
        <section aria-labelledby="resources-heading">
          <h2 id="resources-heading">
            {intl.formatMessage(messages.resources)}
          </h2>
          <ItemList items={resources} showType />
        </section>
      )}
    </ViewLayout>
  );
};

SynthesisPageView.propTypes = {
  content: PropTypes.shape({
    title: PropTypes.string,
    relatedItems: PropTypes.array,
  }).isRequired,
};

export default SynthesisPageView;
