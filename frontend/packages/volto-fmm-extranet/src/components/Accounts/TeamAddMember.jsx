import { useMemo, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';
import useServiceCall from '../../helpers/useServiceCall';
import useVocabulary from '../../helpers/useVocabulary';
import PersonFields from './PersonFields';
import FunctionsChoice, { functionsBody } from './FunctionsChoice';
import './Accounts.less';

const messages = defineMessages({
  add: { id: 'Add a team member', defaultMessage: 'Add a team member' },
  help: {
    id: 'They receive no email yet: invite them from the list once they are added.',
    defaultMessage:
      'They receive no email yet: invite them from the list once they are added.',
  },
  firstName: { id: 'First name', defaultMessage: 'First name' },
  lastName: { id: 'Last name', defaultMessage: 'Last name' },
  email: { id: 'Email', defaultMessage: 'Email' },
  emailHelp: {
    id: 'The invitation goes to this address.',
    defaultMessage: 'The invitation goes to this address.',
  },
  functions: { id: 'Functions', defaultMessage: 'Functions' },
  submit: { id: 'Add to the team', defaultMessage: 'Add to the team' },
  cancel: { id: 'Cancel', defaultMessage: 'Cancel' },
});

const EMPTY = { first_name: '', last_name: '', email: '', functions: [] };

/** `{token, title}` terms of a vocabulary, as FunctionsChoice takes them. */
const useTerms = (name) => {
  const { items } = useVocabulary(name);
  return useMemo(
    () => items.map((item) => ({ token: item.value, title: item.label })),
    [items],
  );
};

/**
 * "Add a team member" (a disclosure): name, email and functions; the new
 * member waits, without email, until a manager invites them. `onAdded(name)`
 * reads the team again.
 */
const TeamAddMember = ({ teamPath, onAdded }) => {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [member, setMember] = useState(EMPTY);
  const { loading, error, call, reset } = useServiceCall();
  const functions = useTerms('fmm_extranet.Functions');
  const complements = useTerms('fmm_extranet.FunctionComplements');
  const problems = error?.fields || {};
  const labels = {
    first_name: intl.formatMessage(messages.firstName),
    last_name: intl.formatMessage(messages.lastName),
    email: intl.formatMessage(messages.email),
    functions: intl.formatMessage(messages.functions),
  };
  const set = (key) => (value) => setMember({ ...member, [key]: value });
  const close = () => {
    reset();
    setMember(EMPTY);
    setOpen(false);
  };

  const onSubmit = (event) => {
    event.preventDefault();
    call('post', teamPath, {
      ...member,
      functions: functionsBody(member.functions),
    }).then(({ ok }) => {
      if (ok) {
        onAdded(`${member.first_name} ${member.last_name}`);
        close();
      }
    });
  };

  if (!open) {
    return (
      <Button type="button" onClick={() => setOpen(true)}>
        {intl.formatMessage(messages.add)}
      </Button>
    );
  }
  return (
    <section aria-labelledby="team-add-heading" className="fmm-team-add">
      <h2 id="team-add-heading">{intl.formatMessage(messages.add)}</h2>
      <p>{intl.formatMessage(messages.help)}</p>
      <form className="ui form" onSubmit={onSubmit} aria-busy={loading}>
        <FormErrors error={error} labels={labels} />
        <PersonFields
          id="team-add"
          labels={labels}
          errors={problems}
          values={member}
          onChange={set}
          emailHelp={intl.formatMessage(messages.emailHelp)}
        />
        <FunctionsChoice
          id="team-add-functions"
          legend={labels.functions}
          functions={functions}
          complements={complements}
          error={problems.functions}
          value={member.functions}
          onChange={set('functions')}
        />
        <SubmitBar
          label={intl.formatMessage(messages.submit)}
          loading={loading}
        >
          <Button type="button" onClick={close} disabled={loading}>
            {intl.formatMessage(messages.cancel)}
          </Button>
        </SubmitBar>
      </form>
    </section>
  );
};

TeamAddMember.propTypes = {
  teamPath: PropTypes.string.isRequired,
  onAdded: PropTypes.func.isRequired,
};

export default TeamAddMember;
