import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import FormErrors from '../Core/Form/FormErrors';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  inviteAll: {
    id: 'Send the invitation emails to my team ({count})',
    defaultMessage: 'Send the invitation emails to my team ({count})',
  },
  inviteAllHelp: {
    id: 'Everyone without an active account receives a link to activate it: a first invitation, or a new one for those who have not activated theirs yet.',
    defaultMessage:
      'Everyone without an active account receives a link to activate it: a first invitation, or a new one for those who have not activated theirs yet.',
  },
  inviteChosen: {
    id: 'Invite the people ticked ({count})',
    defaultMessage: 'Invite the people ticked ({count})',
  },
  progress: {
    id: 'Sending the invitations: {done} of {total}…',
    defaultMessage: 'Sending the invitations: {done} of {total}…',
  },
  progressLabel: {
    id: 'Invitations sent',
    defaultMessage: 'Invitations sent',
  },
  sent: {
    id: 'Invitations sent: {count}.',
    defaultMessage: 'Invitations sent: {count}.',
  },
  failed: {
    id: 'Some invitations could not be sent ({done} of {total} sent). Please try again.',
    defaultMessage:
      'Some invitations could not be sent ({done} of {total} sent). Please try again.',
  },
  nobody: {
    id: 'Everyone in the team has an active account.',
    defaultMessage: 'Everyone in the team has an active account.',
  },
});

/** Invitations are sent a few at a time, so that the page shows its progress. */
export const CHUNK = 5;

const chunks = (ids) =>
  Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, index) =>
    ids.slice(index * CHUNK, (index + 1) * CHUNK),
  );

/**
 * The invitation buttons of a team: everyone not active yet, or the people
 * ticked; the links are sent a few at a time (`@team/invite` with their
 * ids) under a progress bar, then `onSent` reads the team again.
 */
const TeamInvitations = ({ teamPath, notActive, chosen, onSent }) => {
  const intl = useIntl();
  const { error, call } = useServiceCall();
  const [progress, setProgress] = useState(null);
  const sending = progress !== null && progress.running;

  const send = async (ids) => {
    let done = 0;
    setProgress({ running: true, done, total: ids.length });
    for (const part of chunks(ids)) {
      // One after the other: each answer moves the progress bar.
      // eslint-disable-next-line no-await-in-loop
      const { ok, result } = await call('post', `${teamPath}/invite`, {
        workers: part,
      });
      if (!ok) {
        setProgress({ running: false, done, total: ids.length, failed: true });
        onSent();
        return;
      }
      done += result.items_total;
      setProgress({ running: true, done, total: ids.length });
    }
    setProgress({ running: false, done, total: ids.length });
    onSent();
  };

  let status = '';
  if (progress?.running) {
    status = intl.formatMessage(messages.progress, progress);
  } else if (progress?.failed) {
    status = intl.formatMessage(messages.failed, progress);
  } else if (progress) {
    status = intl.formatMessage(messages.sent, { count: progress.done });
  }

  return (
    <section className="fmm-team-invitations" aria-busy={sending}>
      {notActive.length === 0 ? (
        <p>{intl.formatMessage(messages.nobody)}</p>
      ) : (
        <>
          <p id="team-invite-help" className="fmm-help">
            {intl.formatMessage(messages.inviteAllHelp)}
          </p>
          <div className="fmm-team-invite-buttons">
            <Button
              type="button"
              primary
              disabled={sending}
              aria-describedby="team-invite-help"
              onClick={() => send(notActive)}
            >
              {intl.formatMessage(messages.inviteAll, {
                count: notActive.length,
              })}
            </Button>
            <Button
              type="button"
              disabled={sending || chosen.length === 0}
              onClick={() => send(chosen)}
            >
              {intl.formatMessage(messages.inviteChosen, {
                count: chosen.length,
              })}
            </Button>
          </div>
        </>
      )}
      {progress && (
        <progress
          max={progress.total}
          value={progress.done}
          aria-label={intl.formatMessage(messages.progressLabel)}
        />
      )}
      <p role="status" className="fmm-team-invite-status">
        {status}
      </p>
      {progress?.failed && <FormErrors error={error} />}
    </section>
  );
};

TeamInvitations.propTypes = {
  teamPath: PropTypes.string.isRequired,
  notActive: PropTypes.arrayOf(PropTypes.string).isRequired,
  chosen: PropTypes.arrayOf(PropTypes.string).isRequired,
  onSent: PropTypes.func.isRequired,
};

export default TeamInvitations;
