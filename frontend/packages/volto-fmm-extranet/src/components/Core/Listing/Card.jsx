import PropTypes from 'prop-types';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import './Card.less';

/**
 * One item of a card list: optional image, a heading linking to the item
 * (of the level that fits the page's outline), a line of details under
 * it, the description, then anything else (actions, next date…).
 */
const Card = ({
  href,
  title,
  headingLevel,
  image,
  meta,
  description,
  className,
  children,
}) => {
  const Heading = `h${headingLevel}`;
  return (
    <li className={['fmm-card', className].filter(Boolean).join(' ')}>
      {image && <div className="fmm-card-image">{image}</div>}
      <div className="fmm-card-body">
        <Heading className="fmm-card-title">
          <UniversalLink href={href}>{title}</UniversalLink>
        </Heading>
        {meta && <div className="fmm-card-meta">{meta}</div>}
        {description && <p className="fmm-card-description">{description}</p>}
        {children}
      </div>
    </li>
  );
};

Card.propTypes = {
  href: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  headingLevel: PropTypes.oneOf([2, 3, 4]),
  image: PropTypes.node,
  meta: PropTypes.node,
  description: PropTypes.string,
  className: PropTypes.string,
  children: PropTypes.node,
};

Card.defaultProps = {
  headingLevel: 2,
  image: null,
  meta: null,
  description: null,
  className: null,
  children: null,
};

/** A list of cards: one column on phones, a grid on larger screens. */
export const CardList = ({ className, children }) => (
  <ul className={['fmm-cards', className].filter(Boolean).join(' ')}>
    {children}
  </ul>
);

CardList.propTypes = {
  className: PropTypes.string,
  children: PropTypes.node,
};

CardList.defaultProps = {
  className: null,
  children: null,
};

export default Card;
