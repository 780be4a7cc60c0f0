import { defineMessages, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router-dom';
import { Container, Message } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import FormErrors from '../Core/Form/FormErrors';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import useServiceCall from '../../helpers/useServiceCall';
import './Newsletter.less';

const messages = defineMessages({
  title: {
    id: 'Unsubscribe from the newsletter',
    defaultMessage: 'Unsubscribe from the newsletter',
  },
  intro: {
    id: 'You receive the newsletter of the federation and of your intergroup by email. One click is enough to stop it.',
    defaultMessage:
      'You receive the newsletter of the federation and of your intergroup by email. One click is enough to stop it.',
  },
  unsubscribe: { id: 'Unsubscribe me', defaultMessage: 'Unsubscribe me' },
  working: { id: 'Unsubscribing…', defaultMessage: 'Unsubscribing…' },
  done: {
    id: 'You will no longer receive the newsletter. You can subscribe again from your profile.',
    defaultMessage:
      'You will no longer receive the newsletter. You can subscribe again from your profile.',
  },
  already: {
    id: 'You do not receive the newsletter. You can subscribe again from your profile.',
    defaultMessage:
      'You do not receive the newsletter. You can subscribe again from your profile.',
  },
  unknown: {
    id: 'This unsubscribe link is not valid. Log in and choose in your profile whether you receive the newsletter.',
    defaultMessage:
      'This unsubscribe link is not valid. Log in and choose in your profile whether you receive the newsletter.',
  },
  profile: { id: 'My profile', defaultMessage: 'My profile' },
});

/**
 * `/se-desabonner/:token`, the link at the foot of each newsletter mail: the
 * worker stops it in one click, without logging in
 * (`@newsletter-unsubscribe/<token>`).
 */
const UnsubscribePage = () => {
  const intl = useIntl();
  const { token } = useParams();
  const path = `/@newsletter-unsubscribe/${encodeURIComponent(token)}`;
  const state = useService('newsletter-unsubscribe', path);
  const unsubscribing = useServiceCall();
  const title = intl.formatMessage(messages.title);
  const unknown = state.error?.status === 404;
  const subscribed = state.data?.subscribed && !unsubscribing.done;

  return (
    <Container id="page-newsletter-unsubscribe" className="fmm-view">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      {unknown ? (
        <Message warning role="status">
          {intl.formatMessage(messages.unknown)}
        </Message>
      ) : (
        <RequestStatus loading={state.loading} error={state.error} />
      )}
      {subscribed && (
        <>
          <p className="documentDescription">
            {intl.formatMessage(messages.intro)}
          </p>
          <FormErrors error={unsubscribing.error} />
          <button
            type="button"
            className="ui primary button"
            disabled={unsubscribing.loading}
            onClick={() => unsubscribing.call('post', path, {})}
          >
            {intl.formatMessage(messages.unsubscribe)}
          </button>
        </>
      )}
      <p role="status" className="fmm-notice">
        {unsubscribing.loading && intl.formatMessage(messages.working)}
        {unsubscribing.done && intl.formatMessage(messages.done)}
        {state.data &&
          !state.data.subscribed &&
          intl.formatMessage(messages.already)}
      </p>
      {(unsubscribing.done || state.data?.subscribed === false) && (
        <p>
          <Link to="/mon-profil">{intl.formatMessage(messages.profile)}</Link>
        </p>
      )}
    </Container>
  );
};

export default UnsubscribePage;
