import { useMemo, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Button, Message } from 'semantic-ui-react';
import { CheckboxField, InputField, SelectField } from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import Page from '../Core/Listing/Page';
import useService from '../Core/Listing/useService';
import PersonFields from './PersonFields';
import FunctionsChoice, { functionsBody } from './FunctionsChoice';
import PrivacyNotice from './PrivacyNotice';
import useServiceCall from '../../helpers/useServiceCall';
import './Accounts.less';

const messages = defineMessages({
  title: { id: 'Request an account', defaultMessage: 'Request an account' },
  intro: {
    id: 'The extranet is reserved to the people working in a member medical house or at the federation. Your request is checked by a coordinator, usually within 48 hours; you will then receive an email to choose your password.',
    defaultMessage:
      'The extranet is reserved to the people working in a member medical house or at the federation. Your request is checked by a coordinator, usually within 48 hours; you will then receive an email to choose your password.',
  },
  requiredFields: {
    id: 'Fields marked with an asterisk are required.',
    defaultMessage: 'Fields marked with an asterisk are required.',
  },
  loading: {
    id: 'Loading the form…',
    defaultMessage: 'Loading the form…',
  },
  unavailable: {
    id: 'The form cannot be loaded right now. Please try again later.',
    defaultMessage:
      'The form cannot be loaded right now. Please try again later.',
  },
  firstName: { id: 'First name', defaultMessage: 'First name' },
  lastName: { id: 'Last name', defaultMessage: 'Last name' },
  email: { id: 'Email', defaultMessage: 'Email' },
  emailHelp: {
    id: 'You will log in with this address.',
    defaultMessage: 'You will log in with this address.',
  },
  workplaceLegend: { id: 'Workplace', defaultMessage: 'Workplace' },
  search: {
    id: 'Find your medical house: name, number or municipality',
    defaultMessage: 'Find your medical house: name, number or municipality',
  },
  matches: {
    id: '{count, plural, =0 {No medical house matches.} one {# medical house matches.} other {# medical houses match.}}',
    defaultMessage:
      '{count, plural, =0 {No medical house matches.} one {# medical house matches.} other {# medical houses match.}}',
  },
  workplace: {
    id: 'Your medical house, or the federation',
    defaultMessage: 'Your medical house, or the federation',
  },
  chooseWorkplace: {
    id: 'Choose in the list',
    defaultMessage: 'Choose in the list',
  },
  notListed: {
    id: 'My medical house is not in the list',
    defaultMessage: 'My medical house is not in the list',
  },
  remark: {
    id: 'Name and municipality of your medical house',
    defaultMessage: 'Name and municipality of your medical house',
  },
  remarkHelp: {
    id: 'The federation’s team reads it and finds your medical house.',
    defaultMessage:
      'The federation’s team reads it and finds your medical house.',
  },
  functions: { id: 'Functions', defaultMessage: 'Functions' },
  consent: {
    id: 'I agree that the federation processes these data to manage my access to the extranet, as the privacy notice describes.',
    defaultMessage:
      'I agree that the federation processes these data to manage my access to the extranet, as the privacy notice describes.',
  },
  submit: { id: 'Send my request', defaultMessage: 'Send my request' },
  sentTitle: {
    id: 'Your request has been sent.',
    defaultMessage: 'Your request has been sent.',
  },
  sent48: {
    id: 'You will receive an answer by email within 48 hours.',
    defaultMessage: 'You will receive an answer by email within 48 hours.',
  },
  spam: {
    id: 'The mails of the extranet often land in the spam folder: check it, and mark the mails from {address} as legitimate.',
    defaultMessage:
      'The mails of the extranet often land in the spam folder: check it, and mark the mails from {address} as legitimate.',
  },
  spamNoAddress: {
    id: 'The mails of the extranet often land in the spam folder: check it, and mark the mails of the extranet as legitimate.',
    defaultMessage:
      'The mails of the extranet often land in the spam folder: check it, and mark the mails of the extranet as legitimate.',
  },
  backToLogin: {
    id: 'Back to the login page',
    defaultMessage: 'Back to the login page',
  },
});

/** Lowercase, without accents: "Liège" is found by typing "liege". */
export const folded = (text) =>
  String(text || '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The workplaces whose "Name (number)" or municipality holds every word of
 * `search`; the one already chosen stays in the list.
 */
export const matchingWorkplaces = (workplaces, search, chosen) => {
  const words = folded(search).split(/\s+/).filter(Boolean);
  return workplaces.filter((workplace) => {
    const text = folded(`${workplace.title} ${workplace.municipality || ''}`);
    return (
      workplace.token === chosen || words.every((word) => text.includes(word))
    );
  });
};

const workplaceLabel = ({ title, municipality }) =>
  municipality ? `${title} — ${municipality}` : title;

const EMPTY_REQUEST = {
  first_name: '',
  last_name: '',
  email: '',
  workplace: '',
  workplace_remark: '',
  functions: [],
  consent: false,
};

/** What is posted to `@account-requests`. */
export const requestBody = (request, notListed) => ({
  first_name: request.first_name,
  last_name: request.last_name,
  email: request.email,
  workplace: notListed ? '' : request.workplace,
  ...(notListed ? { workplace_remark: request.workplace_remark } : {}),
  functions: functionsBody(request.functions),
  consent: request.consent,
});

/** The confirmation: answer within 48 h, look in the spam folder. */
const Sent = ({ message, address }) => {
  const intl = useIntl();
  return (
    <>
      <Message positive role="status" className="fmm-request-sent">
        <Message.Header as="p">
          {message || intl.formatMessage(messages.sentTitle)}
        </Message.Header>
        <p>{intl.formatMessage(messages.sent48)}</p>
        <p>
          {address
            ? intl.formatMessage(messages.spam, { address })
            : intl.formatMessage(messages.spamNoAddress)}
        </p>
      </Message>
      <Link to="/login">{intl.formatMessage(messages.backToLogin)}</Link>
    </>
  );
};

Sent.propTypes = {
  message: PropTypes.string,
  address: PropTypes.string,
};

Sent.defaultProps = {
  message: null,
  address: null,
};

/**
 * Account request form (`/demande-de-compte`, anonymous, linked from the
 * login page as « Créer un nouveau compte »), posted to `@account-requests`.
 * What it offers to pick from comes from `@account-request-form`: the
 * workplace (searchable by name, number or municipality, or "my medical
 * house is not in the list" with its name written out), the functions by
 * their labels (complement and speciality optional), and the consent with
 * the privacy notice.
 */
const AccountRequestPage = () => {
  const intl = useIntl();
  const form = useService('account-request-form', '/@account-request-form');
  const { loading, done, error, data, call } = useServiceCall();
  const [request, setRequest] = useState(EMPTY_REQUEST);
  const [search, setSearch] = useState('');
  const [notListed, setNotListed] = useState(false);
  const problems = error?.fields || {};
  const set = (key) => (value) => setRequest({ ...request, [key]: value });
  const workplaces = useMemo(
    () => form.data?.workplaces || [],
    [form.data?.workplaces],
  );
  const options = useMemo(
    () =>
      matchingWorkplaces(workplaces, search, request.workplace).map(
        (workplace) => ({
          value: workplace.token,
          label: workplaceLabel(workplace),
        }),
      ),
    [workplaces, search, request.workplace],
  );
  const pageProps = {
    id: 'page-account-request',
    className: 'fmm-account-request',
    title: intl.formatMessage(messages.title),
  };

  if (done) {
    return (
      <Page {...pageProps}>
        <Sent message={data?.message} address={form.data?.sender_address} />
      </Page>
    );
  }
  if (!form.data) {
    return (
      <Page {...pageProps} description={intl.formatMessage(messages.intro)}>
        {form.error ? (
          <Message negative role="alert">
            {intl.formatMessage(messages.unavailable)}
          </Message>
        ) : (
          <p role="status">{intl.formatMessage(messages.loading)}</p>
        )}
      </Page>
    );
  }

  const labels = {
    first_name: intl.formatMessage(messages.firstName),
    last_name: intl.formatMessage(messages.lastName),
    email: intl.formatMessage(messages.email),
    workplace: intl.formatMessage(messages.workplace),
    workplace_remark: intl.formatMessage(messages.remark),
    functions: intl.formatMessage(messages.functions),
    consent: intl.formatMessage(messages.consent),
  };
  const onSubmit = (event) => {
    event.preventDefault();
    call('post', '/@account-requests', requestBody(request, notListed));
  };
  // Only the houses matching the search are counted (not the federation).
  const houses = options.filter((option) => option.value !== 'federation');

  return (
    <Page {...pageProps} description={intl.formatMessage(messages.intro)}>
      <p>{intl.formatMessage(messages.requiredFields)}</p>
      <form className="ui form" onSubmit={onSubmit} aria-busy={loading}>
        <FormErrors error={error} labels={labels} />
        <PersonFields
          id="request"
          own
          labels={labels}
          errors={problems}
          values={request}
          onChange={set}
          emailHelp={intl.formatMessage(messages.emailHelp)}
        />
        <fieldset className="fmm-fieldset">
          <legend>{intl.formatMessage(messages.workplaceLegend)}</legend>
          {!notListed && (
            <>
              <InputField
                id="request-workplace-search"
                type="search"
                autoComplete="off"
                label={intl.formatMessage(messages.search)}
                help={
                  <span aria-live="polite">
                    {intl.formatMessage(messages.matches, {
                      count: houses.length,
                    })}
                  </span>
                }
                value={search}
                onChange={setSearch}
              />
              <SelectField
                id="request-workplace"
                label={labels.workplace}
                required
                emptyLabel={intl.formatMessage(messages.chooseWorkplace)}
                options={options}
                error={problems.workplace}
                value={request.workplace}
                onChange={set('workplace')}
              />
            </>
          )}
          <CheckboxField
            id="request-not-listed"
            label={intl.formatMessage(messages.notListed)}
            checked={notListed}
            onChange={setNotListed}
          />
          {notListed && (
            <InputField
              id="request-workplace-remark"
              label={labels.workplace_remark}
              required
              maxLength={200}
              help={intl.formatMessage(messages.remarkHelp)}
              error={problems.workplace_remark || problems.workplace}
              value={request.workplace_remark}
              onChange={set('workplace_remark')}
            />
          )}
        </fieldset>
        <FunctionsChoice
          id="request-functions"
          legend={labels.functions}
          functions={form.data.functions || []}
          complements={form.data.complements || []}
          error={problems.functions}
          value={request.functions}
          onChange={set('functions')}
        />
        <PrivacyNotice />
        <CheckboxField
          id="request-consent"
          label={labels.consent}
          required
          checked={request.consent}
          onChange={set('consent')}
        />
        {problems.consent && (
          <p className="fmm-field-error">{problems.consent}</p>
        )}
        <Button type="submit" primary loading={loading} disabled={loading}>
          {intl.formatMessage(messages.submit)}
        </Button>
      </form>
    </Page>
  );
};

export default AccountRequestPage;
