import { useEffect, useRef, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import FiltersForm from '../Core/Form/FiltersForm';
import { SelectField } from '../Core/Form/Field';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import Page from '../Core/Listing/Page';
import RequestStatus from '../Core/Listing/RequestStatus';
import ResultCount from '../Core/Listing/ResultCount';
import useFilters, { filtersFromParams } from '../Core/Listing/useFilters';
import useService from '../Core/Listing/useService';
import { toQueryString } from '../../helpers/queryString';
import AccountReviewRequest, { PATH, nameOf } from './AccountReviewRequest';
import './Accounts.less';

const messages = defineMessages({
  title: { id: 'Account requests', defaultMessage: 'Account requests' },
  intro: {
    id: 'The requests awaiting your decision, those waiting for more than 48 hours first. Approving mails the person a link to choose their password; rejecting mails them your reason.',
    defaultMessage:
      'The requests awaiting your decision, those waiting for more than 48 hours first. Approving mails the person a link to choose their password; rejecting mails them your reason.',
  },
  filters: { id: 'Filter the requests', defaultMessage: 'Filter the requests' },
  intergroup: { id: 'Intergroup', defaultMessage: 'Intergroup' },
  allIntergroups: { id: 'All intergroups', defaultMessage: 'All intergroups' },
  house: { id: 'Medical house', defaultMessage: 'Medical house' },
  allHouses: { id: 'All houses', defaultMessage: 'All houses' },
  function: { id: 'Function', defaultMessage: 'Function' },
  allFunctions: { id: 'All functions', defaultMessage: 'All functions' },
  clear: { id: 'Clear the filters', defaultMessage: 'Clear the filters' },
  none: {
    id: 'No request awaits a decision.',
    defaultMessage: 'No request awaits a decision.',
  },
  forbidden: {
    id: "Only intergroup coordinators and the federation's staff review account requests.",
    defaultMessage:
      "Only intergroup coordinators and the federation's staff review account requests.",
  },
  approved: {
    id: 'The request of {name} is approved: the link to choose a password was mailed.',
    defaultMessage:
      'The request of {name} is approved: the link to choose a password was mailed.',
  },
  rejected: {
    id: 'The request of {name} is rejected: the reason was mailed.',
    defaultMessage: 'The request of {name} is rejected: the reason was mailed.',
  },
});

export const KEY = 'account-requests';
const FILTERS = ['intergroup', 'house', 'function'];

const options = (choices = []) =>
  choices.map((choice) => ({ value: choice.token, label: choice.title }));

/**
 * "Demandes de compte" (`/demandes-de-compte`, intergroup coordinators for
 * their intergroups, the federation's staff and admins): the pending
 * account requests (`@account-requests`), overdue ones first, filtered by
 * intergroup, house and function (kept in the URL). After a decision, its
 * outcome takes the focus and the list is read again.
 */
const AccountReviewPage = () => {
  const intl = useIntl();
  const { params, setParams, filters, setFilter } = useFilters(FILTERS);
  const query = toQueryString(filtersFromParams(params, FILTERS));
  const { loading, error, data, retry } = useService(KEY, `${PATH}${query}`);
  const [outcome, setOutcome] = useState(null);
  const outcomeRef = useRef(null);
  const choices = useRef(null);
  if (data?.filters) {
    // The choices stay while another filter is being read.
    choices.current = data.filters;
  }
  const items = data?.items || [];
  const status = error?.status;

  useEffect(() => {
    if (outcome) {
      outcomeRef.current?.focus();
    }
  }, [outcome]);

  const decided = (request) => (decision) => {
    setOutcome({ decision, name: nameOf(request) });
    retry();
  };
  const select = (key) => ({
    id: `account-requests-${key}`,
    value: filters[key],
    onChange: setFilter(key),
    options: options(choices.current?.[key]),
  });
  const errorMessage =
    status === 401 || status === 403
      ? intl.formatMessage(messages.forbidden)
      : error?.message;

  return (
    <Page
      id="page-account-requests"
      className="fmm-account-requests"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      {outcome && (
        <div
          role="status"
          className="ui positive message fmm-account-request-outcome"
          tabIndex={-1}
          ref={outcomeRef}
        >
          {intl.formatMessage(messages[outcome.decision], {
            name: outcome.name,
          })}
        </div>
      )}
      {choices.current && (
        <FiltersForm
          label={intl.formatMessage(messages.filters)}
          onSubmit={() => setParams(filters)}
        >
          <SelectField
            {...select('intergroup')}
            label={intl.formatMessage(messages.intergroup)}
            emptyLabel={intl.formatMessage(messages.allIntergroups)}
          />
          <SelectField
            {...select('house')}
            label={intl.formatMessage(messages.house)}
            emptyLabel={intl.formatMessage(messages.allHouses)}
          />
          <SelectField
            {...select('function')}
            label={intl.formatMessage(messages.function)}
            emptyLabel={intl.formatMessage(messages.allFunctions)}
          />
          <Button type="button" basic onClick={() => setParams({})}>
            {intl.formatMessage(messages.clear)}
          </Button>
        </FiltersForm>
      )}
      <RequestStatus
        loading={loading}
        error={error}
        errorMessage={errorMessage}
      />
      {data && !loading && (
        <>
          <ResultCount total={data.items_total ?? items.length} />
          {items.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
          {items.map((request) => (
            <AccountReviewRequest
              key={request.id}
              request={request}
              onDecided={decided(request)}
            />
          ))}
        </>
      )}
    </Page>
  );
};

export default withLogin(AccountReviewPage);
