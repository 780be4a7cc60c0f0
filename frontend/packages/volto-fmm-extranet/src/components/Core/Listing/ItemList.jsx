import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import DateTime from './DateTime';
import NewLabel from './NewLabel';
import { formatEventDates, publicationDate } from '../../../helpers/dates';

const ItemDate = ({ item, dateField, eventDates }) => {
  const { locale } = useIntl();
  if (eventDates) {
    const text = formatEventDates(item, locale);
    return text ? (
      <time dateTime={item.start} className="fmm-item-date">
        {text}
      </time>
    ) : null;
  }
  if (!dateField) {
    return null;
  }
  // Publication date, else creation date (never Plone's floor date).
  const date =
    dateField === 'effective' ? publicationDate(item) : item[dateField];
  return <DateTime date={date} className="fmm-item-date" />;
};

/** A list of items, one under the other (rows of `fmm-item`). */
export const ItemRows = ({ className, children }) => (
  <ul className={['fmm-item-list', className].filter(Boolean).join(' ')}>
    {children}
  </ul>
);

ItemRows.propTypes = {
  className: PropTypes.string,
  children: PropTypes.node,
};

ItemRows.defaultProps = {
  className: null,
  children: null,
};

/**
 * List of catalog results or content summaries: linked title, optional type
 * and date (one date field, or the dates of an activity), description; a
 * "New" label on the items `isNew(item)` tells.
 */
const ItemList = ({ items, dateField, eventDates, showType, isNew }) => (
  <ItemRows>
    {items.map((item) => (
      <li key={item['@id']} className="fmm-item">
        <UniversalLink href={item['@id']} className="fmm-item-title">
          {item.title}
        </UniversalLink>
        {isNew?.(item) && <NewLabel />}
        <div className="fmm-item-meta">
          {showType && item.type_title && (
            <span className="fmm-item-type">{item.type_title}</span>
          )}
          <ItemDate item={item} dateField={dateField} eventDates={eventDates} />
        </div>
        {item.description && (
          <p className="fmm-item-description">{item.description}</p>
        )}
      </li>
    ))}
  </ItemRows>
);

ItemList.propTypes = {
  items: PropTypes.arrayOf(
    PropTypes.shape({
      '@id': PropTypes.string.isRequired,
      title: PropTypes.string,
      description: PropTypes.string,
    }),
  ).isRequired,
  dateField: PropTypes.string,
  eventDates: PropTypes.bool,
  showType: PropTypes.bool,
  isNew: PropTypes.func,
};

ItemList.defaultProps = {
  dateField: null,
  eventDates: false,
  showType: false,
  isNew: null,
};

export default ItemList;
