import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import DateTime from '../Core/Listing/DateTime';
import RichText from '../Core/Views/RichText';
import ViewLayout from '../Core/Views/ViewLayout';
import NewsletterSending from './NewsletterSending';
import { publicationDate } from '../../helpers/dates';
import './Newsletter.less';

const messages = defineMessages({
  items: { id: 'In this issue', defaultMessage: 'In this issue' },
});

/**
 * An issue of the newsletter, as its mail shows it: intro, then each item
 * (title linked, date, summary). Those who may send it prepare the sending
 * above (`NewsletterSending`).
 */
const NewsletterView = ({ content }) => {
  const intl = useIntl();
  const items = (content.items || []).filter(Boolean);
  return (
    <ViewLayout content={content} className="fmm-newsletter">
      <NewsletterSending path={flattenToAppURL(content['@id'])} />
      <RichText value={content.intro} className="fmm-newsletter-intro" />
      {items.length > 0 && (
        <section
          className="fmm-newsletter-items"
          aria-labelledby="fmm-newsletter-items-title"
        >
          <h2 id="fmm-newsletter-items-title">
            {intl.formatMessage(messages.items)}
          </h2>
          <ul>
            {items.map((item) => (
              <li key={item['@id']}>
                <h3>
                  <UniversalLink href={item['@id']}>{item.title}</UniversalLink>
                </h3>
                <DateTime
                  date={item.start || publicationDate(item) || null}
                  className="fmm-newsletter-item-date"
                />
                {item.description && <p>{item.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </ViewLayout>
  );
};

NewsletterView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    title: PropTypes.string,
    intro: PropTypes.oneOfType([PropTypes.string, PropTypes.object]),
    items: PropTypes.arrayOf(
      PropTypes.shape({
        '@id': PropTypes.string.isRequired,
        title: PropTypes.string,
        description: PropTypes.string,
        start: PropTypes.string,
        effective: PropTypes.string,
        created: PropTypes.string,
      }),
    ),
  }).isRequired,
};

export default NewsletterView;
