import PropTypes from 'prop-types';
import { CardList } from './Card';
import Results from './Results';

/**
 * The results of a listing page's search (a `useSearch` answer): feedback,
 * count and pages (`Results`), then the items in `list` (cards by default),
 * each drawn by `children(item)`; no list while there is no item.
 */
const PagedResults = ({
  results,
  start,
  size,
  onPage,
  list: List,
  listClassName,
  children,
}) => {
  const items = results.items || [];
  return (
    <Results
      request={results}
      total={results.total || 0}
      start={start}
      size={size}
      onPage={onPage}
    >
      {items.length > 0 && (
        <List className={listClassName}>{items.map(children)}</List>
      )}
    </Results>
  );
};

PagedResults.propTypes = {
  /** The search's state: loading, loaded, error, total, items. */
  results: PropTypes.shape({
    loading: PropTypes.bool,
    loaded: PropTypes.bool,
    error: PropTypes.oneOfType([PropTypes.bool, PropTypes.object]),
    total: PropTypes.number,
    items: PropTypes.arrayOf(PropTypes.object),
  }).isRequired,
  start: PropTypes.number.isRequired,
  size: PropTypes.number.isRequired,
  onPage: PropTypes.func.isRequired,
  list: PropTypes.elementType,
  listClassName: PropTypes.string,
  /** Draws one item (with its `key`). */
  children: PropTypes.func.isRequired,
};

PagedResults.defaultProps = {
  list: CardList,
  listClassName: null,
};

export default PagedResults;
