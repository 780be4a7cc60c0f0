import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import RichText from '../Core/Views/RichText';

const messages = defineMessages({
  edit: { id: 'Edit the FAQ', defaultMessage: 'Edit the FAQ' },
});

/** The questions and answers of `@faq`, which anyone reads; staff edit them. */
const Faq = () => {
  const intl = useIntl();
  const { data, loading, error } = useService('faq', '/@faq');
  return (
    <section
      id="faq"
      className="fmm-faq"
      aria-labelledby={data ? 'faq-heading' : undefined}
    >
      <RequestStatus loading={loading} error={error} />
      {data && (
        <>
          <h2 id="faq-heading">{data.title}</h2>
          <RichText value={{ data: data.text }} className="fmm-faq-text" />
          {data.can_edit && (
            <Link to={`${flattenToAppURL(data['@id'])}/edit`}>
              {intl.formatMessage(messages.edit)}
            </Link>
          )}
        </>
      )}
    </section>
  );
};

export default Faq;
