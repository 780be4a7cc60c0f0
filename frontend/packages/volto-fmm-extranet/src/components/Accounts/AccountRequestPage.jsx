import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Button, Message } from 'semantic-ui-react';
import { CheckboxField, InputField, SelectField } from '../Core/Form/Field';
import Page from '../Core/Listing/Page';
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

  const set = (key) => (value) => setRequest({ ...request, [key]: value });
  const onSubmit = (event) => {
    event.preventDefault();
    dispatch(
      submitAccountRequest({
        ...request,
        functions: request.functions.filter(Boolean),
      }),
    );
  };
  const pageProps = {
    id: 'page-account-request',
    className: 'fmm-account-request',
    title: intl.formatMessage(messages.title),
  };

  if (loaded) {
    return (
      <Page {...pageProps}>
        <Message positive role="status">
          {intl.formatMessage(messages.sent)}
        </Message>
        <Link to="/login">{intl.formatMessage(messages.backToLogin)}</Link>
      </Page>
    );
  }

  const workplaceProps = {
    id: 'request-workplace',
    label: intl.formatMessage(messages.workplace),
    required: true,
    value: request.workplace,
    onChange: set('workplace'),
  };
  const functionsProps = {
    id: 'request-functions',
    label: intl.formatMessage(messages.functions),
    required: true,
  };

  return (
    <Page {...pageProps} description={intl.formatMessage(messages.intro)}>
      <p>{intl.formatMessage(messages.required)}</p>
      {error && (
        <Message negative role="alert">
          {errorText(error, intl.formatMessage(messages.failed))}
        </Message>
      )}
      <form className="ui form" onSubmit={onSubmit} aria-busy={loading}>
        <div className="two fields">
          <InputField
            id="request-first-name"
            label={intl.formatMessage(messages.firstName)}
            required
            autoComplete="given-name"
            value={request.first_name}
            onChange={set('first_name')}
          />
          <InputField
            id="request-last-name"
            label={intl.formatMessage(messages.lastName)}
            required
            autoComplete="family-name"
            value={request.last_name}
            onChange={set('last_name')}
          />
        </div>
        <InputField
          id="request-email"
          type="email"
          label={intl.formatMessage(messages.email)}
          required
          autoComplete="email"
          value={request.email}
          onChange={set('email')}
        />
        {workplaces.items.length > 0 ? (
          <SelectField
            {...workplaceProps}
            emptyLabel={intl.formatMessage(messages.chooseWorkplace)}
            options={workplaces.items}
          />
        ) : (
          <InputField {...workplaceProps} />
        )}
        {functions.items.length > 0 ? (
          <SelectField
            {...functionsProps}
            multiple
            help={intl.formatMessage(messages.functionsHelp)}
            value={request.functions}
            onChange={set('functions')}
            options={functions.items}
          />
        ) : (
          <InputField
            {...functionsProps}
            value={request.functions.join(', ')}
            onChange={(value) =>
              set('functions')(value.split(',').map((item) => item.trim()))
            }
          />
        )}
        <CheckboxField
          id="request-consent"
          label={intl.formatMessage(messages.consent)}
          required
          checked={request.consent}
          onChange={set('consent')}
        />
        <Button type="submit" primary loading={loading} disabled={loading}>
          {intl.formatMessage(messages.submit)}
        </Button>
      </form>
    </Page>
  );
};

export default AccountRequestPage;
