import PropTypes from 'prop-types';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';

/**
 * Common frame of the extranet's content views: title (also the page's, for
 * types whose title is computed, as a worker's name), a line under it
 * (kicker), description, then the view's own content.
 */
const ViewLayout = ({ content, title, kicker, className, children }) => (
  <Container id="page-document" className={`fmm-view ${className}`}>
    <Helmet title={title || content.title} />
    <h1 className="documentFirstHeading">{title || content.title}</h1>
    {kicker && <div className="fmm-kicker">{kicker}</div>}
    {content.description && (
      <p className="documentDescription">{content.description}</p>
    )}
    {children}
  </Container>
);

ViewLayout.propTypes = {
  content: PropTypes.object.isRequired,
  title: PropTypes.string,
  kicker: PropTypes.node,
  className: PropTypes.string,
  children: PropTypes.node,
};

ViewLayout.defaultProps = {
  title: null,
  kicker: null,
  className: '',
  children: null,
};

export default ViewLayout;
