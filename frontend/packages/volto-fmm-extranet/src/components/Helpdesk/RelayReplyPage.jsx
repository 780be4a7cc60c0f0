import { defineMessages, useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import MessageForm from './MessageForm';

const messages = defineMessages({
  title: { id: 'Answer a message', defaultMessage: 'Answer a message' },
  about: {
    id: 'Answer {sender} about {about}.',
    defaultMessage: 'Answer {sender} about {about}.',
  },
  hidden: {
    id: 'Your answer reaches them through the extranet: your address stays hidden.',
    defaultMessage:
      'Your answer reaches them through the extranet: your address stays hidden.',
  },
});

/** `/repondre/:token`: the reply link of a relayed message (`@relay/<token>`). */
const RelayReplyPage = () => {
  const intl = useIntl();
  const { token } = useParams();
  const path = `/@relay/${encodeURIComponent(token)}`;
  const relay = useService('relay', path);
  const title = intl.formatMessage(messages.title);
  return (
    <Container id="page-relay" className="fmm-view">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      <RequestStatus loading={relay.loading} error={relay.error} />
      {relay.data && (
        <>
          <p className="documentDescription">
            {intl.formatMessage(messages.about, {
              sender: relay.data.sender,
              about: relay.data.about,
            })}
          </p>
          <MessageForm
            id="fmm-relay-reply"
            path={path}
            help={intl.formatMessage(messages.hidden)}
          />
        </>
      )}
    </Container>
  );
};

export default RelayReplyPage;
