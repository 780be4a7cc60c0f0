import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import { InputField } from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import StepForm from '../Core/Form/StepForm';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  correctEmail: {
    id: 'Correct the email',
    defaultMessage: 'Correct the email',
  },
  correctEmailOf: {
    id: 'Correct the email of {name}',
    defaultMessage: 'Correct the email of {name}',
  },
  newEmail: {
    id: 'Correct email address',
    defaultMessage: 'Correct email address',
  },
  newEmailHelp: {
    id: 'The invitation is sent again to this address; the link sent to the old one stops working.',
    defaultMessage:
      'The invitation is sent again to this address; the link sent to the old one stops working.',
  },
  correctAndSend: {
    id: 'Correct and send the invitation',
    defaultMessage: 'Correct and send the invitation',
  },
  sending: { id: 'Sending…', defaultMessage: 'Sending…' },
  delegate: {
    id: 'Delegate the management',
    defaultMessage: 'Delegate the management',
  },
  delegateTo: {
    id: 'Delegate the management of the medical house to {name}',
    defaultMessage: 'Delegate the management of the medical house to {name}',
  },
  confirmDelegate: {
    id: '{name} will manage the team and the page of the medical house, and publish its announcements, until a manager takes it back.',
    defaultMessage:
      '{name} will manage the team and the page of the medical house, and publish its announcements, until a manager takes it back.',
  },
  takeBack: {
    id: 'Take back the delegation',
    defaultMessage: 'Take back the delegation',
  },
  takeBackFrom: {
    id: 'Take back the delegation of {name}',
    defaultMessage: 'Take back the delegation of {name}',
  },
  confirmTakeBack: {
    id: '{name} will no longer manage the medical house.',
    defaultMessage: '{name} will no longer manage the medical house.',
  },
  left: { id: 'Mark as left', defaultMessage: 'Mark as left' },
  leftOf: {
    id: 'Mark as left: {name}',
    defaultMessage: 'Mark as left: {name}',
  },
  confirmLeft: {
    id: '{name} leaves the team now. Without another job in the movement, their access to the extranet is closed at once.',
    defaultMessage:
      '{name} leaves the team now. Without another job in the movement, their access to the extranet is closed at once.',
  },
  confirm: { id: 'Confirm', defaultMessage: 'Confirm' },
  cancel: { id: 'Cancel', defaultMessage: 'Cancel' },
  failed: {
    id: 'This could not be done. Please try again later.',
    defaultMessage: 'This could not be done. Please try again later.',
  },
});

/** What a manager can do about a member, by what the member's state allows. */
export const availableActions = (member, federation) => {
  if (member.is_me) {
    return [];
  }
  const actions = [];
  if (member.account !== 'active') {
    actions.push('email');
  }
  if (!federation && member.status === 'active' && !member.management) {
    actions.push('delegate');
  }
  if (member.management === 'delegate') {
    actions.push('take-back');
  }
  actions.push('left');
  return actions;
};

const BUTTONS = {
  email: { label: messages.correctEmail, name: messages.correctEmailOf },
  delegate: { label: messages.delegate, name: messages.delegateTo },
  'take-back': { label: messages.takeBack, name: messages.takeBackFrom },
  left: { label: messages.left, name: messages.leftOf },
};

const CONFIRMATIONS = {
  delegate: messages.confirmDelegate,
  'take-back': messages.confirmTakeBack,
  left: messages.confirmLeft,
};

/**
 * The actions on one member of a team: correct their email and send the
 * invitation again, delegate the house's management or take it back, mark
 * them as left (each after a confirmation); `onDone(message)` reads the
 * team again and says what happened.
 */
const TeamMemberActions = ({ member, teamPath, federation, onDone }) => {
  const intl = useIntl();
  const [step, setStep] = useState(null);
  const [email, setEmail] = useState(member.email);
  const { loading, error, call, reset } = useServiceCall();
  const name = `${member.first_name} ${member.last_name}`;
  const id = `member-${member.id}`;
  const memberPath = `${teamPath}/${member.id}`;

  const open = (action) => {
    reset();
    setEmail(member.email);
    setStep(action);
  };
  const run = (op, path, data) =>
    call(op, path, data).then(({ ok }) => {
      if (ok) {
        setStep(null);
        onDone(step);
      }
    });
  const cancel = (
    <Button type="button" onClick={() => setStep(null)} disabled={loading}>
      {intl.formatMessage(messages.cancel)}
    </Button>
  );
  const errors = (
    <FormErrors
      error={error}
      fallback={intl.formatMessage(messages.failed)}
      labels={{ email: intl.formatMessage(messages.newEmail) }}
    />
  );

  if (step === 'email') {
    return (
      <StepForm
        className="fmm-team-member-form"
        label={intl.formatMessage(messages.correctEmailOf, { name })}
        submitLabel={intl.formatMessage(messages.correctAndSend)}
        busyMessage={intl.formatMessage(messages.sending)}
        loading={loading}
        errors={errors}
        onSubmit={() => run('patch', memberPath, { email })}
        cancel={cancel}
      >
        <InputField
          id={`${id}-email`}
          type="email"
          autoComplete="off"
          label={intl.formatMessage(messages.newEmail)}
          help={intl.formatMessage(messages.newEmailHelp)}
          required
          error={error?.fields.email}
          value={email}
          onChange={setEmail}
        />
      </StepForm>
    );
  }
  if (step) {
    return (
      <StepForm
        className="fmm-team-member-form"
        label={intl.formatMessage(BUTTONS[step].name, { name })}
        submitLabel={intl.formatMessage(messages.confirm)}
        loading={loading}
        errors={errors}
        onSubmit={() => run('post', `${memberPath}/${step}`)}
        cancel={cancel}
      >
        <p>{intl.formatMessage(CONFIRMATIONS[step], { name })}</p>
      </StepForm>
    );
  }
  return (
    <div className="fmm-team-member-actions">
      {availableActions(member, federation).map((action) => (
        <Button
          key={action}
          type="button"
          size="small"
          negative={action === 'left'}
          basic={action === 'left'}
          aria-label={intl.formatMessage(BUTTONS[action].name, { name })}
          onClick={() => open(action)}
        >
          {intl.formatMessage(BUTTONS[action].label)}
        </Button>
      ))}
    </div>
  );
};

TeamMemberActions.propTypes = {
  member: PropTypes.shape({
    id: PropTypes.string.isRequired,
    first_name: PropTypes.string,
    last_name: PropTypes.string,
    email: PropTypes.string,
    status: PropTypes.string,
    account: PropTypes.string,
    management: PropTypes.string,
    is_me: PropTypes.bool,
  }).isRequired,
  teamPath: PropTypes.string.isRequired,
  federation: PropTypes.bool,
  onDone: PropTypes.func.isRequired,
};

TeamMemberActions.defaultProps = {
  federation: false,
};

export default TeamMemberActions;
