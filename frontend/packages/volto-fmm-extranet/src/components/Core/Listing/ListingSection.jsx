import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import ItemList from './ItemList';
import RequestStatus from './RequestStatus';
import useSearch from './useSearch';
import messages from '../../../messages';

/**
 * A titled section listing the results of a catalog search, with progress,
 * an empty state and an optional link to the full listing.
 */
const ListingSection = ({
  id,
  title,
  path,
  query,
  dateField,
  eventDates,
  showType,
  moreLink,
}) => {
  const intl = useIntl();
  const { items = [], loading, loaded, error } = useSearch(path, query, id);
  const headingId = `${id}-heading`;

  return (
    <section
      className={`fmm-listing-section ${id}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{title}</h2>
      <RequestStatus loading={loading} error={error} />
      {loaded && items.length === 0 && (
        <p className="fmm-empty">{intl.formatMessage(messages.nothingYet)}</p>
      )}
      {items.length > 0 && (
        <ItemList
          items={items}
          dateField={dateField}
          eventDates={eventDates}
          showType={showType}
        />
      )}
      {moreLink && items.length > 0 && (
        <Link to={moreLink} className="fmm-more-link">
          {intl.formatMessage(messages.seeAll)}
          <span className="visually-hidden"> : {title}</span>
        </Link>
      )}
    </section>
  );
};

ListingSection.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  path: PropTypes.string,
  query: PropTypes.object.isRequired,
  dateField: PropTypes.string,
  eventDates: PropTypes.bool,
  showType: PropTypes.bool,
  moreLink: PropTypes.string,
};

ListingSection.defaultProps = {
  path: '',
  dateField: null,
  eventDates: false,
  showType: false,
  moreLink: null,
};

export default ListingSection;
