/**
 * The pages of the user's own account, as the menu under their name and the
 * tabs of those pages list them.
 */
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  profile: { id: 'My profile', defaultMessage: 'My profile' },
  jobs: { id: 'My jobs', defaultMessage: 'My jobs' },
  registrations: { id: 'My registrations', defaultMessage: 'My registrations' },
  favourites: { id: 'My favourites', defaultMessage: 'My favourites' },
  data: { id: 'My data', defaultMessage: 'My data' },
});

export const PROFILE_SECTIONS = [
  { key: 'profile', to: '/mon-profil' },
  { key: 'jobs', to: '/mes-emplois' },
  { key: 'registrations', to: '/mes-inscriptions' },
  { key: 'favourites', to: '/mes-favoris' },
  { key: 'data', to: '/mes-donnees' },
];

/** `@my-profile`, kept under this name while a profile page is open. */
export const PROFILE_KEY = 'my-profile';
export const PROFILE_PATH = '/@my-profile';
