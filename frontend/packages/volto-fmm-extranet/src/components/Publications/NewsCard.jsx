import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import Image from '@plone/volto/components/theme/Image/Image';
import Card from '../Core/Listing/Card';
import DateTime from '../Core/Listing/DateTime';
import { publicationDate } from '../../helpers/dates';
import { toQueryString } from '../../helpers/queryString';

const messages = defineMessages({
  groupNews: {
    id: 'All the news of {group}',
    defaultMessage: 'All the news of {group}',
  },
});

/**
 * One news item of the news listing: its lead image if any, title, date of
 * publication, group space (a link filtering the listing by that group) and
 * description.
 */
const NewsCard = ({ item, listingPath }) => {
  const intl = useIntl();
  const group = item.fmm_group_title;
  return (
    <Card
      className="fmm-news-card"
      href={item['@id']}
      title={item.title}
      description={item.description}
      image={
        item.image_field ? (
          <Image
            item={item}
            imageField={item.image_field}
            alt=""
            loading="lazy"
            responsive
            sizes="(min-width: 768px) 200px, 100vw"
          />
        ) : null
      }
      meta={
        <>
          <DateTime date={publicationDate(item)} className="fmm-item-date" />
          {group && item.fmm_group && (
            <Link
              className="fmm-news-group"
              to={`${listingPath}${toQueryString({
                group: item.fmm_group,
              })}`}
              title={intl.formatMessage(messages.groupNews, { group })}
            >
              {group}
            </Link>
          )}
        </>
      }
    />
  );
};

NewsCard.propTypes = {
  item: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    title: PropTypes.string,
    description: PropTypes.string,
    effective: PropTypes.string,
    created: PropTypes.string,
    fmm_group: PropTypes.string,
    fmm_group_title: PropTypes.string,
    image_field: PropTypes.string,
  }).isRequired,
  listingPath: PropTypes.string,
};

NewsCard.defaultProps = {
  listingPath: '/actualites',
};

export default NewsCard;
