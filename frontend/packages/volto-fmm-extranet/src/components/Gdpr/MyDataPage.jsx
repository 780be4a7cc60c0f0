import { defineMessages, useIntl } from 'react-intl';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import ProfileLayout from '../People/ProfileLayout';
import MyRequests from './MyRequests';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  intro: {
    id: 'Everything the extranet holds about you: your profile, your jobs, your registrations and the history of your account.',
    defaultMessage:
      'Everything the extranet holds about you: your profile, your jobs, your registrations and the history of your account.',
  },
  explanation: {
    id: 'The file is in JSON, a format that other programs can read. If you leave the movement, these data are erased two years after you left.',
    defaultMessage:
      'The file is in JSON, a format that other programs can read. If you leave the movement, these data are erased two years after you left.',
  },
  download: { id: 'Download my data', defaultMessage: 'Download my data' },
  preparing: {
    id: 'Preparing your data…',
    defaultMessage: 'Preparing your data…',
  },
  ready: {
    id: 'Your data are downloaded.',
    defaultMessage: 'Your data are downloaded.',
  },
  failed: {
    id: 'Your data could not be prepared. Please try again later.',
    defaultMessage: 'Your data could not be prepared. Please try again later.',
  },
});

export const FILENAME = 'mes-donnees-extranet.json';

/**
 * Has the browser save `data` as a JSON file.
 * @param {Object} data Any JSON value.
 * @param {string} filename Name of the file.
 */
export const downloadJSON = (data, filename) => {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};

/**
 * "Mes données" (`/mes-donnees`): the download of everything held about
 * the worker (`@my-data`, GDPR right of access) as a JSON file, then their
 * objection and erasure requests (`@gdpr-requests`).
 */
const MyDataPage = () => {
  const intl = useIntl();
  const { loading, done, error, call } = useServiceCall();
  return (
    <ProfileLayout
      section="data"
      description={intl.formatMessage(messages.intro)}
    >
      <p>{intl.formatMessage(messages.explanation)}</p>
      <form
        className="ui form"
        aria-busy={loading}
        onSubmit={(event) => {
          event.preventDefault();
          call('get', '/@my-data').then(
            ({ ok, result }) => ok && downloadJSON(result, FILENAME),
          );
        }}
      >
        <FormErrors
          error={error}
          fallback={intl.formatMessage(messages.failed)}
        />
        <SubmitBar
          label={intl.formatMessage(messages.download)}
          loading={loading}
          done={done}
          busyMessage={intl.formatMessage(messages.preparing)}
          doneMessage={intl.formatMessage(messages.ready)}
        />
      </form>
      <MyRequests />
    </ProfileLayout>
  );
};

export default withLogin(MyDataPage);
