import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import FiltersForm from '../Core/Form/FiltersForm';
import { InputField, SelectField } from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import Page from '../Core/Listing/Page';
import Pager from '../Core/Listing/Pager';
import RequestStatus from '../Core/Listing/RequestStatus';
import useFilters, { filtersFromParams } from '../Core/Listing/useFilters';
import useService from '../Core/Listing/useService';
import { formatDate } from '../../helpers/dates';
import { toQueryString } from '../../helpers/queryString';

const messages = defineMessages({
  title: { id: 'Audit log', defaultMessage: 'Audit log' },
  intro: {
    id: 'Who did what, when, about whom: account decisions, invitations, roles, status changes and erasures. Newest first.',
    defaultMessage:
      'Who did what, when, about whom: account decisions, invitations, roles, status changes and erasures. Newest first.',
  },
  filters: {
    id: 'Filter the audit log',
    defaultMessage: 'Filter the audit log',
  },
  actor: { id: 'Done by (user id)', defaultMessage: 'Done by (user id)' },
  action: { id: 'Action', defaultMessage: 'Action' },
  allActions: { id: 'All actions', defaultMessage: 'All actions' },
  start: { id: 'From', defaultMessage: 'From' },
  end: { id: 'To', defaultMessage: 'To' },
  clear: { id: 'Clear the filters', defaultMessage: 'Clear the filters' },
  date: { id: 'Date', defaultMessage: 'Date' },
  about: { id: 'About', defaultMessage: 'About' },
  details: { id: 'Details', defaultMessage: 'Details' },
  system: { id: 'the extranet', defaultMessage: 'the extranet' },
  none: {
    id: 'No entry matches.',
    defaultMessage: 'No entry matches.',
  },
  forbidden: {
    id: 'Only administrators read the audit log.',
    defaultMessage: 'Only administrators read the audit log.',
  },
  account_requested: {
    id: 'audit_account_requested',
    defaultMessage: 'Account requested',
  },
  approved: { id: 'audit_approved', defaultMessage: 'Request approved' },
  rejected: { id: 'audit_rejected', defaultMessage: 'Request rejected' },
  invited: { id: 'audit_invited', defaultMessage: 'Invited' },
  activated: { id: 'audit_activated', defaultMessage: 'Account activated' },
  password_reset: {
    id: 'audit_password_reset',
    defaultMessage: 'Password reset',
  },
  email_changed: { id: 'audit_email_changed', defaultMessage: 'Email changed' },
  team_member_added: {
    id: 'audit_team_member_added',
    defaultMessage: 'Added to a team',
  },
  left_team: { id: 'audit_left_team', defaultMessage: 'Left a team' },
  status_changed: {
    id: 'audit_status_changed',
    defaultMessage: 'Status changed',
  },
  role_granted: { id: 'audit_role_granted', defaultMessage: 'Role granted' },
  role_revoked: { id: 'audit_role_revoked', defaultMessage: 'Role revoked' },
  erased: { id: 'audit_erased', defaultMessage: 'Personal data erased' },
});

/** The actions the backend records (accounts/audit.py), in this order. */
export const ACTIONS = [
  'account_requested',
  'approved',
  'rejected',
  'invited',
  'activated',
  'password_reset',
  'email_changed',
  'team_member_added',
  'left_team',
  'status_changed',
  'role_granted',
  'role_revoked',
  'erased',
];
const FILTERS = ['actor', 'action', 'start', 'end'];
const SIZE = 25;
export const KEY = 'audit-log';
export const PATH = '/@audit-log';

/** The details of an entry as `key: value` pairs. */
const detailsText = (details) =>
  Object.entries(details || {})
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');

/**
 * "Journal d'audit" (`/journal-d-audit`, administrators): the entries of
 * `@audit-log`, newest first, filtered by who did it, the action and dates
 * (kept in the URL), by pages of 25.
 */
const AuditLogPage = () => {
  const intl = useIntl();
  const { params, setParams, filters, setFilter, start, setStart } =
    useFilters(FILTERS);
  const query = toQueryString({
    ...filtersFromParams(params, FILTERS),
    b_start: start || undefined,
    b_size: SIZE,
  });
  const { loading, error, data } = useService(KEY, `${PATH}${query}`);
  const items = data?.items || [];
  const status = error?.status;
  const actionLabel = (action) =>
    messages[action] ? intl.formatMessage(messages[action]) : action;
  const field = (key) => ({
    id: `audit-log-${key}`,
    value: filters[key] || '',
    onChange: setFilter(key),
    label: intl.formatMessage(messages[key]),
    error: error?.fields?.[key],
  });

  return (
    <Page
      id="page-audit-log"
      className="fmm-audit-log"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <FiltersForm
        label={intl.formatMessage(messages.filters)}
        onSubmit={() => setParams(filters)}
      >
        <InputField {...field('actor')} />
        <SelectField
          {...field('action')}
          emptyLabel={intl.formatMessage(messages.allActions)}
          options={ACTIONS.map((action) => ({
            value: action,
            label: actionLabel(action),
          }))}
        />
        <InputField {...field('start')} type="date" />
        <InputField {...field('end')} type="date" />
        <Button type="button" basic onClick={() => setParams({})}>
          {intl.formatMessage(messages.clear)}
        </Button>
      </FiltersForm>
      {status === 400 ? (
        <FormErrors error={error} />
      ) : (
        <RequestStatus
          loading={loading}
          error={error}
          errorMessage={
            status === 401 || status === 403
              ? intl.formatMessage(messages.forbidden)
              : null
          }
        />
      )}
      {data && !loading && (
        <>
          <Pager
            total={data.items_total}
            start={start}
            size={SIZE}
            onChange={setStart}
          />
          {items.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
          {items.length > 0 && (
            <table className="ui table fmm-audit-table">
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(messages.date)}</th>
                  <th scope="col">{intl.formatMessage(messages.actor)}</th>
                  <th scope="col">{intl.formatMessage(messages.action)}</th>
                  <th scope="col">{intl.formatMessage(messages.about)}</th>
                  <th scope="col">{intl.formatMessage(messages.details)}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry, index) => (
                  <tr key={`${entry.date}-${index}`}>
                    <td>{formatDate(entry.date, intl.locale, true)}</td>
                    <td>
                      {entry.actor || intl.formatMessage(messages.system)}
                    </td>
                    <td>{actionLabel(entry.action)}</td>
                    <td>{entry.about}</td>
                    <td>{detailsText(entry.details)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Page>
  );
};

export default withLogin(AuditLogPage);
