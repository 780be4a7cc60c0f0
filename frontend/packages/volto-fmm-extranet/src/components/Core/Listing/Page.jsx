import PropTypes from 'prop-types';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';

/**
 * Frame of the extranet's own pages (not Plone content): document title,
 * main heading, optional description, then the page.
 */
const Page = ({ id, className, title, description, children }) => (
  <Container id={id} className={className}>
    <Helmet title={title} />
    <h1 className="documentFirstHeading">{title}</h1>
    {description && <p className="documentDescription">{description}</p>}
    {children}
  </Container>
);

Page.propTypes = {
  id: PropTypes.string.isRequired,
  className: PropTypes.string,
  title: PropTypes.string.isRequired,
  description: PropTypes.node,
  children: PropTypes.node,
};

Page.defaultProps = {
  className: null,
  description: null,
  children: null,
};

export default Page;
