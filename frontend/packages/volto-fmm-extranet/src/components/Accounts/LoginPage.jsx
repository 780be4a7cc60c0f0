import { useEffect, useRef } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory, useLocation } from 'react-router-dom';
import { Button, Container, Message } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import {
  logout,
  resetLoginRequest,
} from '@plone/volto/actions/userSession/userSession';
import { purgeMessages } from '@plone/volto/actions/messages/messages';
import { LOGIN } from '@plone/volto/constants/ActionTypes';
import { Field } from '../Core/Form/Field';
import { apiErrors } from '../../helpers/apiErrors';
import useServiceCall from '../../helpers/useServiceCall';
import './Accounts.less';

const messages = defineMessages({
  faq: {
    id: 'Other frequent questions',
    defaultMessage: 'Other frequent questions',
  },
  support: { id: 'Contact the support', defaultMessage: 'Contact the support' },
  title: {
    id: 'Log in to the extranet',
    defaultMessage: 'Log in to the extranet',
  },
  login: { id: 'Email address', defaultMessage: 'Email address' },
  password: { id: 'Password', defaultMessage: 'Password' },
  remember: { id: 'Remember me', defaultMessage: 'Remember me' },
  rememberHelp: {
    id: 'Stay logged in for 30 days on this device. Not on a shared computer.',
    defaultMessage:
      'Stay logged in for 30 days on this device. Not on a shared computer.',
  },
  submit: { id: 'Log in', defaultMessage: 'Log in' },
  failed: { id: 'Login failed.', defaultMessage: 'Login failed.' },
  failedHelp: {
    id: 'Check your email address and your password: upper and lower case letters count.',
    defaultMessage:
      'Check your email address and your password: upper and lower case letters count.',
  },
  tooMany: {
    id: 'Too many attempts. Please try again in an hour.',
    defaultMessage: 'Too many attempts. Please try again in an hour.',
  },
  links: {
    id: 'No account, or lost password?',
    defaultMessage: 'No account, or lost password?',
  },
  create: {
    id: 'Create a new account',
    defaultMessage: 'Create a new account',
  },
  reset: {
    id: 'Reset the password',
    defaultMessage: 'Reset the password',
  },
});

/** The first page of a worker who has not completed their profile yet. */
export const PROFILE_PAGE = '/mon-profil';

/**
 * Volto's `login` action, with "Se souvenir de moi": `remember` asks the
 * backend for a long session (SPEC rule 11).
 */
export const loginAction = (login, password, remember) => ({
  type: LOGIN,
  request: {
    op: 'post',
    path: '@login',
    data: remember ? { login, password, remember: true } : { login, password },
  },
});

/** Where to go once logged in: `?return_url=`, else where /login was added. */
const returnUrlOf = (location) =>
  new URLSearchParams(location.search).get('return_url') ||
  location.pathname.replace(/\/[^/]*\/?$/, '') ||
  '/';

/**
 * The login page (replaces Volto's, see customizations/): email address
 * (`autocomplete="username"`) and password (`current-password`), so that
 * the browser offers to save them; « Se souvenir de moi »; links to
 * « Créer un nouveau compte » and « Réinitialiser le mot de passe » (the
 * guide's "Toute première fois"). Until a worker has completed their profile
 * (`@my-profile`'s `profile_completion.required`), logging in leads to it.
 */
const LoginPage = () => {
  const intl = useIntl();
  const history = useHistory();
  const location = useLocation();
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession.token);
  const { loading, error } = useSelector(
    (state) => state.userSession.login || {},
  );
  const { call } = useServiceCall();
  const tokenAtStart = useRef(token);
  const isLogout = Boolean(location.state?.isLogout);

  useEffect(() => {
    if (isLogout) {
      // As Volto's login page: coming from a logout ends the session.
      dispatch(logout());
      dispatch(purgeMessages());
      history.replace(`${location.pathname}${location.search}`);
    }
  }, [dispatch, history, isLogout, location.pathname, location.search]);

  useEffect(() => {
    if (!token || token === tokenAtStart.current || isLogout) {
      return;
    }
    // Just logged in: the profile first, until it is completed.
    tokenAtStart.current = token;
    const returnUrl = returnUrlOf(location);
    call('get', '/@my-profile')
      .then(({ ok, result }) =>
        ok && result?.profile_completion?.required ? PROFILE_PAGE : returnUrl,
      )
      .then((target) => history.push(target));
  }, [call, history, isLogout, location, token]);

  useEffect(() => () => dispatch(resetLoginRequest()), [dispatch]);

  const onSubmit = (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    dispatch(
      loginAction(
        String(form.get('login') || '').trim(),
        String(form.get('password') || ''),
        form.get('remember') === 'on',
      ),
    );
  };
  const tooMany = error && apiErrors(error).status === 429;

  return (
    <div id="page-login">
      <Helmet title={intl.formatMessage(messages.title)} />
      <Container text>
        <h1 className="documentFirstHeading">
          {intl.formatMessage(messages.title)}
        </h1>
        <form
          className="ui form fmm-login-form"
          method="post"
          onSubmit={onSubmit}
          aria-busy={Boolean(loading)}
        >
          {error && (
            <Message negative role="alert">
              {tooMany ? (
                <p>{intl.formatMessage(messages.tooMany)}</p>
              ) : (
                <>
                  <Message.Header as="p">
                    {intl.formatMessage(messages.failed)}
                  </Message.Header>
                  <p>{intl.formatMessage(messages.failedHelp)}</p>
                </>
              )}
            </Message>
          )}
          {/* Uncontrolled: what the browser fills in before the page
              starts (saved passwords) is kept. */}
          <Field id="login" label={intl.formatMessage(messages.login)} required>
            <input
              id="login"
              name="login"
              type="text"
              required
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
            />
          </Field>
          <Field
            id="password"
            label={intl.formatMessage(messages.password)}
            required
          >
            <input
              id="password"
              name="password"
              type="password"
              required
              autoComplete="current-password"
            />
          </Field>
          <Field
            id="remember"
            label={intl.formatMessage(messages.remember)}
            help={intl.formatMessage(messages.rememberHelp)}
            inline
          >
            <input
              id="remember"
              name="remember"
              type="checkbox"
              aria-describedby="remember-help"
            />
          </Field>
          <Button
            type="submit"
            primary
            id="login-form-submit"
            loading={Boolean(loading)}
            disabled={Boolean(loading)}
          >
            {intl.formatMessage(messages.submit)}
          </Button>
        </form>
        <nav
          className="fmm-login-more"
          aria-label={intl.formatMessage(messages.links)}
        >
          <ul className="fmm-login-links">
            <li>
              <Link to="/demande-de-compte">
                {intl.formatMessage(messages.create)}
              </Link>
            </li>
            <li>
              <Link to="/nouveau-mot-de-passe">
                {intl.formatMessage(messages.reset)}
              </Link>
            </li>
            <li>
              <Link to="/aide#faq">{intl.formatMessage(messages.faq)}</Link>
            </li>
            <li>
              <Link to="/aide#support">
                {intl.formatMessage(messages.support)}
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
    </div>
  );
};

export default LoginPage;
