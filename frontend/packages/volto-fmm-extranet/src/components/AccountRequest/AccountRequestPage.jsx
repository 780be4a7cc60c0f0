import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Button, Container, Message } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { resetAccountRequest, submitAccountRequest } from '../../actions';
import useVocabulary from '../../helpers/useVocabulary';

const messages = defineMessages({
  title: { id: 'Request an account', defaultMessage: 'Request an account' },
  intro: {
    id: 'The extranet is reserved to the people working in a member medical house or at the federation. Your request is checked by a coordinator, usually within 48 hours; you will then receive an email to choose your password.',
    defaultMessage:
      'The extranet is reserved to the people working in a member medical house or at the federation. Your request is checked by a coordinator, usually within 48 hours; you will then receive an email to choose your password.',
  },
  required: {
    id: 'All fields are required.',
    defaultMessage: 'All fields are required.',
  },
  firstName: { id: 'First name', defaultMessage: 'First name' },
  lastName: { id: 'Last name', defaultMessage: 'Last name' },
  email: { id: 'Email', defaultMessage: 'Email' },
  workplace: { id: 'Workplace', defaultMessage: 'Workplace' },
  chooseWorkplace: {
    id: 'Choose your medical house or the federation',
    defaultMessage: 'Choose your medical house or the federation',
  },
  functions: { id: 'Functions', defaultMessage: 'Functions' },
  functionsHelp: {
    id: 'Several functions can be selected (Ctrl or Cmd + click).',
    defaultMessage: 'Several functions can be selected (Ctrl or Cmd + click).',
  },
  consent: {
    id: 'I agree that the federation processes these data to manage my access to the extranet.',
    defaultMessage:
      'I agree that the federation processes these data to manage my access to the extranet.',
  },
  submit: { id: 'Send my request', defaultMessage: 'Send my request' },
  sent: {
    id: 'Your request has been sent. You will receive an email once it has been approved.',
    defaultMessage:
      'Your request has been sent. You will receive an email once it has been approved.',
  },
  failed: {
    id: 'Your request could not be sent. Please check the form and try again later.',
    defaultMessage:
      'Your request could not be sent. Please check the form and try again later.',
  },
  backToLogin: {
    id: 'Back to the login page',
    defaultMessage: 'Back to the login page',
  },
});

const EMPTY_REQUEST = {
  first_name: '',
  last_name: '',
  email: '',
  workplace: '',
  functions: [],
  consent: false,
};

/** Message of a failed request: the server's own, else a generic one. */
const errorText = (error, fallback) =>
  error?.response?.body?.message ||
  error?.response?.body?.error?.message ||
  fallback;

/**
 * Account request form (`/demande-de-compte`, anonymous), posted to
 * `@account-requests`. Workplace and functions come from the extranet's
 * vocabularies, with free text fields when those cannot be read.
 */
const AccountRequestPage = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [request, setRequest] = useState(EMPTY_REQUEST);
  const { loading, loaded, error } = useSelector(
    (state) => state.accountRequest,
  );
  const workplaces = useVocabulary('fmm_extranet.Workplaces');
  const functions = useVocabulary('fmm_extranet.Functions');

  useEffect(() => () => dispatch(resetAccountRequest()), [dispatch]);

  const update = (key) => (event) =>
    setRequest({ ...request, [key]: event.target.value });
  const onSubmit = (event) => {
    event.preventDefault();
    dispatch(
      submitAccountRequest({
        ...request,
        functions: request.functions.filter(Boolean),
      }),
    );
  };
  const title = intl.formatMessage(messages.title);

  if (loaded) {
    return (
      <Container id="page-account-request" className="fmm-account-request">
        <Helmet title={title} />
        <h1 className="documentFirstHeading">{title}</h1>
        <Message positive role="status">
          {intl.formatMessage(messages.sent)}
        </Message>
        <Link to="/login">{intl.formatMessage(messages.backToLogin)}</Link>
      </Container>
    );
  }

  return (
    <Container id="page-account-request" className="fmm-account-request">
      <Helmet title={title} />
      <h1 className="documentFirstHeading">{title}</h1>
      <p className="documentDescription">
        {intl.formatMessage(messages.intro)}
      </p>
      <p>{intl.formatMessage(messages.required)}</p>
      {error && (
        <Message negative role="alert">
          {errorText(error, intl.formatMessage(messages.failed))}
        </Message>
      )}
      <form className="ui form" onSubmit={onSubmit} aria-busy={loading}>
        <div className="two fields">
          <div className="required field">
            <label htmlFor="request-first-name">
              {intl.formatMessage(messages.firstName)}
            </label>
            <input
              id="request-first-name"
              required
              autoComplete="given-name"
              value={request.first_name}
              onChange={update('first_name')}
            />
          </div>
          <div className="required field">
            <label htmlFor="request-last-name">
              {intl.formatMessage(messages.lastName)}
            </label>
            <input
              id="request-last-name"
              required
              autoComplete="family-name"
              value={request.last_name}
              onChange={update('last_name')}
            />
          </div>
        </div>
        <div className="required field">
          <label htmlFor="request-email">
            {intl.formatMessage(messages.email)}
          </label>
          <input
            id="request-email"
            type="email"
            required
            autoComplete="email"
            value={request.email}
            onChange={update('email')}
          />
        </div>
        <div className="required field">
          <label htmlFor="request-workplace">
            {intl.formatMessage(messages.workplace)}
          </label>
          {workplaces.items.length > 0 ? (
            <select
              id="request-workplace"
              required
              value={request.workplace}
              onChange={update('workplace')}
            >
              <option value="">
                {intl.formatMessage(messages.chooseWorkplace)}
              </option>
              {workplaces.items.map((item) => (
                <option key={item.value} value={item.value}>
                  {item.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id="request-workplace"
              required
              value={request.workplace}
              onChange={update('workplace')}
            />
          )}
        </div>
        <div className="required field">
          <label htmlFor="request-functions">
            {intl.formatMessage(messages.functions)}
          </label>
          {functions.items.length > 0 ? (
            <>
              <select
                id="request-functions"
                multiple
                required
                aria-describedby="request-functions-help"
                value={request.functions}
                onChange={(event) =>
                  setRequest({
                    ...request,
                    functions: Array.from(
                      event.target.selectedOptions,
                      (o) => o.value,
                    ),
                  })
                }
              >
                {functions.items.map((item) => (
                  <option key={item.value} value={item.value}>
                    {item.label}
                  </option>
                ))}
              </select>
              <small id="request-functions-help">
                {intl.formatMessage(messages.functionsHelp)}
              </small>
            </>
          ) : (
            <input
              id="request-functions"
              required
              value={request.functions.join(', ')}
              onChange={(event) =>
                setRequest({
                  ...request,
                  functions: event.target.value
                    .split(',')
                    .map((value) => value.trim()),
                })
              }
            />
          )}
        </div>
        <div className="required inline field">
          <input
            id="request-consent"
            type="checkbox"
            required
            checked={request.consent}
            onChange={(event) =>
              setRequest({ ...request, consent: event.target.checked })
            }
          />
          <label htmlFor="request-consent">
            {intl.formatMessage(messages.consent)}
          </label>
        </div>
        <Button type="submit" primary loading={loading} disabled={loading}>
          {intl.formatMessage(messages.submit)}
        </Button>
      </form>
    </Container>
  );
};

export default AccountRequestPage;
