// Volto's login page is replaced by the extranet's: email and password the
// browser can save, « Se souvenir de moi », links to ask for an account and
// to reset the password; the first login leads to the profile.
export { default } from 'volto-fmm-extranet/components/Accounts/LoginPage';
