import { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { Link } from 'react-router-dom';
import { Message } from 'semantic-ui-react';
import { CheckboxField, InputField, RadioGroup } from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import { REMINDER_KEY } from '../Layout/Header/ProfileReminder';
import {
  SHORTCUTS_KEY,
  SHORTCUTS_PATH,
} from '../Layout/Header/ShortcutButtons';
import PhotoField from './PhotoField';
import ProfileLayout from './ProfileLayout';
import { PROFILE_KEY, PROFILE_PATH } from './sections';
import { getService } from '../../actions';
import { valueToken } from '../../helpers';
import useServiceCall from '../../helpers/useServiceCall';
import useVocabulary from '../../helpers/useVocabulary';

const messages = defineMessages({
  intro: {
    id: 'Your profile generates the shortcuts to the pages of your groups and of the themes you follow.',
    defaultMessage:
      'Your profile generates the shortcuts to the pages of your groups and of the themes you follow.',
  },
  welcome: {
    id: 'Welcome! Start by completing your profile: your photo, your GSM and the themes you follow. Do not forget to save it at the bottom of the page.',
    defaultMessage:
      'Welcome! Start by completing your profile: your photo, your GSM and the themes you follow. Do not forget to save it at the bottom of the page.',
  },
  loginEmail: {
    id: 'You log in with {email}.',
    defaultMessage: 'You log in with {email}.',
  },
  changePassword: {
    id: 'Change my password',
    defaultMessage: 'Change my password',
  },
  mobile: { id: 'Mobile (GSM)', defaultMessage: 'Mobile (GSM)' },
  mobileHelp: {
    id: 'Seen by the federation staff only, e.g. to warn you of a training cancelled at the last minute.',
    defaultMessage:
      'Seen by the federation staff only, e.g. to warn you of a training cancelled at the last minute.',
  },
  expertise: {
    id: 'Expertise / speciality',
    defaultMessage: 'Expertise / speciality',
  },
  internshipSupervisor: {
    id: 'I am an internship supervisor',
    defaultMessage: 'I am an internship supervisor',
  },
  subscriptions: {
    id: 'Themes I follow',
    defaultMessage: 'Themes I follow',
  },
  subscriptionsHelp: {
    id: 'Each theme checked adds a shortcut to its page at the top of the screen.',
    defaultMessage:
      'Each theme checked adds a shortcut to its page at the top of the screen.',
  },
  photo: { id: 'Photo', defaultMessage: 'Photo' },
  mails: {
    id: 'Mails of the extranet',
    defaultMessage: 'Mails of the extranet',
  },
  newsletter: {
    id: 'Receive the newsletter',
    defaultMessage: 'Receive the newsletter',
  },
  digest: {
    id: 'What is new in my groups and themes, by mail',
    defaultMessage: 'What is new in my groups and themes, by mail',
  },
  never: { id: 'Never', defaultMessage: 'Never' },
  daily: { id: 'Every day', defaultMessage: 'Every day' },
  weekly: { id: 'Every week', defaultMessage: 'Every week' },
  save: { id: 'Save my profile', defaultMessage: 'Save my profile' },
  saved: {
    id: 'Your profile is saved.',
    defaultMessage: 'Your profile is saved.',
  },
});

/** The form's values from the profile (`@my-profile`). */
export const formOf = (profile) => ({
  mobile: profile.mobile || '',
  expertise: profile.expertise || '',
  internship_supervisor: Boolean(profile.internship_supervisor),
  subscriptions: (profile.subscriptions || []).map(valueToken),
  newsletter: Boolean(profile.newsletter),
  digest: valueToken(profile.digest) || 'weekly',
});

const DIGEST_FREQUENCIES = ['never', 'daily', 'weekly'];

/**
 * "Mon profil" (`/mon-profil`): photo, GSM, expertise, internship
 * supervisor, the themes followed, the mails wanted (the newsletter, how
 * often the digest of what is new); the password is changed on Volto's page.
 * Saving (`PATCH @my-profile`) refreshes the shortcut buttons.
 */
const ProfilePage = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const request = useService(PROFILE_KEY, PROFILE_PATH);
  const save = useServiceCall();
  const themes = useVocabulary('fmm_extranet.Thematics');
  const [saved, setSaved] = useState(null);
  const profile = saved || request.data;
  const [values, setValues] = useState(null);
  const [photo, setPhoto] = useState(undefined);

  useEffect(() => {
    if (request.data) {
      setValues(formOf(request.data));
    }
  }, [request.data]);

  const set = (key) => (value) => {
    save.reset();
    setValues({ ...values, [key]: value });
  };
  const toggleTheme = (token) => (checked) =>
    set('subscriptions')(
      checked
        ? [...values.subscriptions, token]
        : values.subscriptions.filter((item) => item !== token),
    );
  const onSubmit = (event) => {
    event.preventDefault();
    save
      .call('patch', PROFILE_PATH, {
        ...values,
        ...(photo === undefined ? {} : { photo }),
      })
      .then(({ ok, result }) => {
        if (ok) {
          setSaved(result);
          setPhoto(undefined);
          dispatch(getService(SHORTCUTS_KEY, SHORTCUTS_PATH));
          dispatch(getService(REMINDER_KEY, PROFILE_PATH));
        }
      });
  };
  const problems = save.error?.fields || {};
  const labels = {
    mobile: intl.formatMessage(messages.mobile),
    expertise: intl.formatMessage(messages.expertise),
    internship_supervisor: intl.formatMessage(messages.internshipSupervisor),
    subscriptions: intl.formatMessage(messages.subscriptions),
    photo: intl.formatMessage(messages.photo),
  };

  return (
    <ProfileLayout
      section="profile"
      description={intl.formatMessage(messages.intro)}
    >
      <RequestStatus loading={request.loading} error={request.error} />
      {profile && values && (
        <>
          {profile.profile_completion?.required && (
            <Message info>{intl.formatMessage(messages.welcome)}</Message>
          )}
          <p>
            {intl.formatMessage(messages.loginEmail, {
              email: <strong key="email">{profile.email}</strong>,
            })}{' '}
            <Link to="/change-password">
              {intl.formatMessage(messages.changePassword)}
            </Link>
          </p>
          <form
            className="ui form fmm-profile-form"
            onSubmit={onSubmit}
            aria-busy={save.loading}
          >
            <FormErrors error={save.error} labels={labels} />
            <PhotoField
              id="profile-photo"
              current={profile.photo}
              value={photo}
              onChange={(value) => {
                save.reset();
                setPhoto(value);
              }}
              error={problems.photo}
            />
            <InputField
              id="profile-mobile"
              type="tel"
              autoComplete="tel"
              label={labels.mobile}
              help={intl.formatMessage(messages.mobileHelp)}
              error={problems.mobile}
              value={values.mobile}
              onChange={set('mobile')}
            />
            <InputField
              id="profile-expertise"
              label={labels.expertise}
              error={problems.expertise}
              value={values.expertise}
              onChange={set('expertise')}
            />
            <CheckboxField
              id="profile-internship-supervisor"
              label={labels.internship_supervisor}
              checked={values.internship_supervisor}
              onChange={set('internship_supervisor')}
            />
            <fieldset
              className={`fmm-subscriptions${problems.subscriptions ? ' error' : ''}`}
              aria-describedby="profile-subscriptions-help"
            >
              <legend>{labels.subscriptions}</legend>
              <small id="profile-subscriptions-help">
                {problems.subscriptions ||
                  intl.formatMessage(messages.subscriptionsHelp)}
              </small>
              {themes.items.map((theme) => (
                <CheckboxField
                  key={theme.value}
                  id={`profile-theme-${theme.value}`}
                  label={theme.label}
                  checked={values.subscriptions.includes(theme.value)}
                  onChange={toggleTheme(theme.value)}
                />
              ))}
            </fieldset>
            <fieldset className="fmm-profile-mails">
              <legend>{intl.formatMessage(messages.mails)}</legend>
              <CheckboxField
                id="profile-newsletter"
                label={intl.formatMessage(messages.newsletter)}
                checked={values.newsletter}
                onChange={set('newsletter')}
              />
              <RadioGroup
                name="profile-digest"
                legend={intl.formatMessage(messages.digest)}
                value={values.digest}
                onChange={set('digest')}
                options={DIGEST_FREQUENCIES.map((value) => ({
                  value,
                  label: intl.formatMessage(messages[value]),
                }))}
              />
            </fieldset>
            <SubmitBar
              label={intl.formatMessage(messages.save)}
              loading={save.loading}
              done={save.done}
              doneMessage={intl.formatMessage(messages.saved)}
            />
          </form>
        </>
      )}
    </ProfileLayout>
  );
};

export default withLogin(ProfilePage);
