// Volto's change-password page (`/change-password`) is replaced by the
// extranet's: fields the browser can save (`current-password`,
// `new-password`), refusals in the users' words; workers only.
import { withLogin } from 'volto-fmm-extranet/components/Core/LoginRedirect/RequireLogin';
import ChangePasswordPage from 'volto-fmm-extranet/components/Accounts/ChangePasswordPage';

export default withLogin(ChangePasswordPage);
