import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { useHistory, useLocation } from 'react-router-dom';
import { Message } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { CheckboxField, SelectField } from '../Core/Form/Field';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import Page from '../Core/Listing/Page';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import { formatDate } from '../../helpers/dates';
import { toQueryString } from '../../helpers/queryString';
import TeamAddMember from './TeamAddMember';
import TeamInvitations from './TeamInvitations';
import TeamMemberActions from './TeamMemberActions';
import './TeamAccess.less';

const messages = defineMessages({
  title: { id: 'Access management', defaultMessage: 'Access management' },
  intro: {
    id: 'The staff of your team and their access to the extranet. Send them the invitation emails: each person activates their account and chooses a password. The email stays visible until the account is active.',
    defaultMessage:
      'The staff of your team and their access to the extranet. Send them the invitation emails: each person activates their account and chooses a password. The email stays visible until the account is active.',
  },
  team: { id: 'Team', defaultMessage: 'Team' },
  teamOf: { id: 'Team: {title}', defaultMessage: 'Team: {title}' },
  noTeam: {
    id: 'You manage no team. The managers of a medical house, those they delegate to and the federation staff manage the access of a team.',
    defaultMessage:
      'You manage no team. The managers of a medical house, those they delegate to and the federation staff manage the access of a team.',
  },
  notYours: {
    id: 'You do not manage this team.',
    defaultMessage: 'You do not manage this team.',
  },
  status: { id: 'Status', defaultMessage: 'Status' },
  name: { id: 'Name', defaultMessage: 'Name' },
  functions: { id: 'Functions', defaultMessage: 'Functions' },
  email: {
    id: 'Email (the invitation goes to this address)',
    defaultMessage: 'Email (the invitation goes to this address)',
  },
  actions: { id: 'Actions', defaultMessage: 'Actions' },
  choose: { id: 'Choose {name}', defaultMessage: 'Choose {name}' },
  willReceive: {
    id: 'will receive an invitation email',
    defaultMessage: 'will receive an invitation email',
  },
  invitedOn: { id: 'invited on {date}', defaultMessage: 'invited on {date}' },
  active: { id: 'active (account)', defaultMessage: 'active' },
  manager: { id: 'manager', defaultMessage: 'manager' },
  delegate: { id: 'delegate', defaultMessage: 'delegate' },
  masked: {
    id: 'masked: the account is active',
    defaultMessage: 'masked: the account is active',
  },
  nobody: {
    id: 'Nobody works in this team yet.',
    defaultMessage: 'Nobody works in this team yet.',
  },
  added: {
    id: '{name} is added to the team: invite them when you are ready.',
    defaultMessage:
      '{name} is added to the team: invite them when you are ready.',
  },
  email_done: {
    id: 'The email is corrected and the invitation sent to the new address.',
    defaultMessage:
      'The email is corrected and the invitation sent to the new address.',
  },
  delegate_done: {
    id: 'The management is delegated.',
    defaultMessage: 'The management is delegated.',
  },
  'take-back_done': {
    id: 'The delegation is taken back.',
    defaultMessage: 'The delegation is taken back.',
  },
  left_done: {
    id: 'The person is marked as having left the team.',
    defaultMessage: 'The person is marked as having left the team.',
  },
});

export const PAGE = '/gestion-des-acces';
export const TEAMS_KEY = 'team-access-teams';
export const TEAM_KEY = 'team-access-team';

/** "actif·ve", "invité·e le …" or "recevra un e-mail d'invitation". */
export const AccountStatus = ({ member }) => {
  const intl = useIntl();
  if (member.account === 'active') {
    return intl.formatMessage(messages.active);
  }
  if (member.account === 'invited') {
    return intl.formatMessage(messages.invitedOn, {
      date: formatDate(member.invited, intl.locale, true),
    });
  }
  return intl.formatMessage(messages.willReceive);
};

AccountStatus.propTypes = {
  member: PropTypes.shape({
    account: PropTypes.string,
    invited: PropTypes.string,
  }).isRequired,
};

/** The team chosen by `?equipe=<uid>` among those one manages, else the first. */
const chosenTeam = (teams, uid) =>
  uid ? teams.find((team) => team.uid === uid) : teams[0];

/**
 * The members of a team, their account status and email (until the
 * account is active), a box to tick those to invite, and their actions.
 */
const TeamTable = ({ data, teamPath, chosen, setChosen, onDone }) => {
  const intl = useIntl();
  const federation = data.team.federation;
  const toggle = (id) => (checked) =>
    setChosen(
      checked ? [...chosen, id] : chosen.filter((other) => other !== id),
    );
  return (
    <table className="ui table fmm-team-table">
      <caption>
        {intl.formatMessage(messages.teamOf, { title: data.team.title })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(messages.status)}</th>
          <th scope="col">{intl.formatMessage(messages.name)}</th>
          <th scope="col">{intl.formatMessage(messages.functions)}</th>
          <th scope="col">{intl.formatMessage(messages.email)}</th>
          <th scope="col">{intl.formatMessage(messages.actions)}</th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((member) => {
          const name = `${member.first_name} ${member.last_name}`;
          return (
            <tr key={member.id} data-member={member.id}>
              <td>
                {member.account !== 'active' && (
                  <CheckboxField
                    id={`choose-${member.id}`}
                    label={
                      <span className="visually-hidden">
                        {intl.formatMessage(messages.choose, { name })}
                      </span>
                    }
                    checked={chosen.includes(member.id)}
                    onChange={toggle(member.id)}
                  />
                )}
                <AccountStatus member={member} />
              </td>
              <th scope="row">
                {name}
                {member.management && (
                  <span className="ui small label">
                    {intl.formatMessage(messages[member.management])}
                  </span>
                )}
              </th>
              <td>{member.functions.join(', ')}</td>
              <td>
                {member.email}
                {member.email_masked && (
                  <span className="visually-hidden">
                    {` (${intl.formatMessage(messages.masked)})`}
                  </span>
                )}
              </td>
              <td>
                <TeamMemberActions
                  member={member}
                  teamPath={teamPath}
                  federation={federation}
                  onDone={onDone}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};

TeamTable.propTypes = {
  data: PropTypes.shape({
    team: PropTypes.shape({
      title: PropTypes.string,
      federation: PropTypes.bool,
    }),
    items: PropTypes.arrayOf(PropTypes.object),
  }).isRequired,
  teamPath: PropTypes.string.isRequired,
  chosen: PropTypes.arrayOf(PropTypes.string).isRequired,
  setChosen: PropTypes.func.isRequired,
  onDone: PropTypes.func.isRequired,
};

/** The team of one house (or the federation's): invitations, members, a new member. */
const Team = ({ team }) => {
  const intl = useIntl();
  const teamPath = `${flattenToAppURL(team['@id'])}/@team`;
  const { loading, error, data, retry } = useService(TEAM_KEY, teamPath);
  const [chosen, setChosen] = useState([]);
  const [notice, setNotice] = useState('');
  const members = data?.items || [];
  const notActive = members
    .filter((member) => member.account !== 'active')
    .map((member) => member.id);

  const done = (text) => {
    setNotice(text);
    setChosen([]);
    retry();
  };

  return (
    <>
      <RequestStatus loading={loading && !data} error={error} />
      <p role="status" className="fmm-team-notice">
        {notice}
      </p>
      {data && (
        <>
          <TeamInvitations
            teamPath={teamPath}
            notActive={notActive}
            chosen={chosen.filter((id) => notActive.includes(id))}
            onSent={() => done('')}
          />
          {members.length === 0 ? (
            <p>{intl.formatMessage(messages.nobody)}</p>
          ) : (
            <TeamTable
              data={data}
              teamPath={teamPath}
              chosen={chosen}
              setChosen={setChosen}
              onDone={(action) =>
                done(intl.formatMessage(messages[`${action}_done`]))
              }
            />
          )}
          <TeamAddMember
            teamPath={teamPath}
            onAdded={(name) =>
              done(intl.formatMessage(messages.added, { name }))
            }
          />
        </>
      )}
    </>
  );
};

Team.propTypes = {
  team: PropTypes.shape({ '@id': PropTypes.string.isRequired }).isRequired,
};

/**
 * "Gestion des accès" (`/gestion-des-acces?equipe=<uid>`, user menu and the
 * house's page): the team one manages (`@my-teams`; the federation staff
 * choose among all), as the sister extranet's page (seed 002) shows it.
 */
const TeamAccessPage = () => {
  const intl = useIntl();
  const history = useHistory();
  const { search } = useLocation();
  const uid = new URLSearchParams(search).get('equipe');
  const { loading, error, data } = useService(TEAMS_KEY, '/@my-teams');
  const teams = data?.items || [];
  const team = chosenTeam(teams, uid);

  return (
    <Page
      id="page-team-access"
      className="fmm-team-access"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <RequestStatus loading={loading} error={error} />
      {data && teams.length === 0 && (
        <Message info role="status">
          {intl.formatMessage(messages.noTeam)}
        </Message>
      )}
      {teams.length > 1 && (
        <div className="ui form fmm-team-choice">
          <SelectField
            id="team-choice"
            label={intl.formatMessage(messages.team)}
            options={teams.map((item) => ({
              value: item.uid,
              label: item.title,
            }))}
            value={team?.uid || ''}
            emptyLabel={team ? null : ''}
            onChange={(value) =>
              history.push(`${PAGE}${toQueryString({ equipe: value })}`)
            }
          />
        </div>
      )}
      {data && teams.length > 0 && !team && (
        <Message warning role="status">
          {intl.formatMessage(messages.notYours)}
        </Message>
      )}
      {team && <Team key={team.uid} team={team} />}
    </Page>
  );
};

export default withLogin(TeamAccessPage);
