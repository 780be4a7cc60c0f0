import { defineMessages, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router-dom';
import useService from '../../Core/Listing/useService';
import { PROFILE_SECTIONS } from '../../People/sections';

const messages = defineMessages({
  reminder: {
    id: 'First visit? Complete your profile: it generates your shortcuts.',
    defaultMessage:
      'First visit? Complete your profile: it generates your shortcuts.',
  },
  complete: {
    id: 'Complete my profile',
    defaultMessage: 'Complete my profile',
  },
});

/** `@my-profile`, as the header reads it (once per visit). */
export const REMINDER_KEY = 'profile-completion';
const PROFILE_PAGE = PROFILE_SECTIONS[0].to;

/**
 * Until a worker first saves their profile (`profile_completion.required`
 * of `@my-profile`), a band under the header leads them to it ("Votre
 * meilleur profil"); not on the profile page itself.
 */
const ProfileReminder = () => {
  const intl = useIntl();
  const { pathname } = useLocation();
  const { data } = useService(REMINDER_KEY, '/@my-profile');
  if (!data?.profile_completion?.required || pathname === PROFILE_PAGE) {
    return null;
  }
  return (
    <p className="fmm-profile-reminder">
      {intl.formatMessage(messages.reminder)}{' '}
      <Link to={PROFILE_PAGE}>{intl.formatMessage(messages.complete)}</Link>
    </p>
  );
};

export default ProfileReminder;
