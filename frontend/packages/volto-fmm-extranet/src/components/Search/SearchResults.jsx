import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import DateTime from '../Core/Listing/DateTime';
import { publicationDate } from '../../helpers/dates';

const messages = defineMessages({
  by: { id: 'by {name}', defaultMessage: 'by {name}' },
  ownGroup: { id: 'From my groups', defaultMessage: 'From my groups' },
});

/**
 * The results of the site search: linked title, type (in French), date,
 * author's name, "From my groups" when the own-groups boost raised it, the passage where the words were found (highlighted) or
 * else the description.
 */
const SearchResults = ({ items }) => {
  const intl = useIntl();
  return (
    <ul className="fmm-item-list fmm-search-results">
      {items.map((item) => (
        <li key={item['@id']} className="fmm-item">
          <UniversalLink href={item['@id']} className="fmm-item-title">
            {item.title}
          </UniversalLink>
          <div className="fmm-item-meta">
            {item.type_title && (
              <span className="fmm-item-type">{item.type_title}</span>
            )}
            <DateTime date={publicationDate(item)} className="fmm-item-date" />
            {item.own_group && (
              <span className="fmm-own-group">
                {intl.formatMessage(messages.ownGroup)}
              </span>
            )}
            {item.author && (
              <span className="fmm-item-author">
                {intl.formatMessage(messages.by, { name: item.author })}
              </span>
            )}
          </div>
          {item.snippet ? (
            <p
              className="fmm-snippet"
              // The backend escapes the text and keeps only <mark> tags.
              // eslint-disable-next-line react/no-danger
              dangerouslySetInnerHTML={{ __html: item.snippet }}
            />
          ) : (
            item.description && (
              <p className="fmm-item-description">{item.description}</p>
            )
          )}
        </li>
      ))}
    </ul>
  );
};

SearchResults.propTypes = {
  items: PropTypes.arrayOf(
    PropTypes.shape({
      '@id': PropTypes.string.isRequired,
      title: PropTypes.string,
      type_title: PropTypes.string,
      author: PropTypes.string,
      snippet: PropTypes.string,
      description: PropTypes.string,
      own_group: PropTypes.bool,
    }),
  ).isRequired,
};

export default SearchResults;
