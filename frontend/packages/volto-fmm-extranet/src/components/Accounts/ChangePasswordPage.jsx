import { useState } from 'react';
import jwtDecode from 'jwt-decode';
import { defineMessages, useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Button, Message } from 'semantic-ui-react';
import { InputField } from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import NewPasswordFields from './NewPasswordFields';
import Page from '../Core/Listing/Page';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  title: { id: 'Change my password', defaultMessage: 'Change my password' },
  current: { id: 'Current password', defaultMessage: 'Current password' },
  wrongPassword: {
    id: 'Your current password is not this one.',
    defaultMessage: 'Your current password is not this one.',
  },
  refused: {
    id: 'This password cannot be used: choose a longer one.',
    defaultMessage: 'This password cannot be used: choose a longer one.',
  },
  submit: { id: 'Change my password', defaultMessage: 'Change my password' },
  changed: {
    id: 'Your password is changed. Use it from now on to log in.',
    defaultMessage: 'Your password is changed. Use it from now on to log in.',
  },
  backToProfile: {
    id: 'Back to my profile',
    defaultMessage: 'Back to my profile',
  },
});

/** The user id of the session (the token's `sub`). */
const userIdOf = (token) => {
  try {
    return token ? jwtDecode(token).sub : null;
  } catch (error) {
    return null;
  }
};

/**
 * Changing one's password (`/change-password`, from the profile and the
 * user menu), through plone.restapi's `@users/<id>/reset-password` with the
 * current password: fields with `autocomplete` `current-password` and
 * `new-password`, so that the browser offers to update what it saved.
 */
const ChangePasswordPage = () => {
  const intl = useIntl();
  const userId = useSelector((state) => userIdOf(state.userSession.token));
  const [values, setValues] = useState({
    current: '',
    password: '',
    confirm: '',
  });
  const [mismatch, setMismatch] = useState(false);
  const { loading, done, error, call } = useServiceCall();
  const set = (key) => (value) => setValues({ ...values, [key]: value });
  const status = error?.status;
  // plone.restapi answers 403 for a wrong current password, 400 (500 on
  // some versions) for a password the site's policy refuses; its messages
  // are not the users' words, these are.
  const fieldProblems = {
    current: status === 403 ? intl.formatMessage(messages.wrongPassword) : null,
    password: [400, 500].includes(status)
      ? intl.formatMessage(messages.refused)
      : null,
  };
  const problem = fieldProblems.current || fieldProblems.password;

  const onSubmit = (event) => {
    event.preventDefault();
    const different = values.password !== values.confirm;
    setMismatch(different);
    if (!different) {
      call('post', `/@users/${userId}/reset-password`, {
        old_password: values.current,
        new_password: values.password,
      });
    }
  };

  return (
    <Page
      id="page-change-password"
      className="fmm-account-page"
      title={intl.formatMessage(messages.title)}
    >
      {done ? (
        <>
          <Message positive role="status">
            {intl.formatMessage(messages.changed)}
          </Message>
          <Link to="/mon-profil">
            {intl.formatMessage(messages.backToProfile)}
          </Link>
        </>
      ) : (
        <form
          className="ui form fmm-account-form"
          onSubmit={onSubmit}
          aria-busy={loading}
        >
          {problem ? (
            <Message negative role="alert">
              {problem}
            </Message>
          ) : (
            <FormErrors error={error} />
          )}
          <InputField
            id="current-password"
            type="password"
            autoComplete="current-password"
            required
            label={intl.formatMessage(messages.current)}
            error={fieldProblems.current}
            value={values.current}
            onChange={set('current')}
          />
          <NewPasswordFields
            idPrefix="new-password"
            values={values}
            set={set}
            error={fieldProblems.password}
            mismatch={mismatch}
          />
          <Button type="submit" primary loading={loading} disabled={loading}>
            {intl.formatMessage(messages.submit)}
          </Button>
        </form>
      )}
    </Page>
  );
};

export default ChangePasswordPage;
