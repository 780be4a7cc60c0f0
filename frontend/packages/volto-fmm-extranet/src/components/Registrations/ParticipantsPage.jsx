import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Button, Message } from 'semantic-ui-react';
import Page from '../Core/Listing/Page';
import DateTime from '../Core/Listing/DateTime';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import FormErrors from '../Core/Form/FormErrors';
import { publicApiURL } from '../../helpers';
import useServiceCall from '../../helpers/useServiceCall';
import MessageParticipants from './MessageParticipants';
import CancelSession from './CancelSession';
import './Participants.less';

const messages = defineMessages({
  title: {
    id: 'Participants: {title}',
    defaultMessage: 'Participants: {title}',
  },
  back: { id: 'Back to the activity', defaultMessage: 'Back to the activity' },
  counts: {
    id: '{confirmed} confirmed, {waiting} on the waiting list',
    defaultMessage: '{confirmed} confirmed, {waiting} on the waiting list',
  },
  placesLeft: {
    id: '{count, plural, =0 {No place left} one {# place left} other {# places left}}',
    defaultMessage:
      '{count, plural, =0 {No place left} one {# place left} other {# places left}}',
  },
  confirmed: { id: 'Confirmed', defaultMessage: 'Confirmed' },
  waiting: { id: 'Waiting list', defaultMessage: 'Waiting list' },
  cancelled: { id: 'Cancelled', defaultMessage: 'Cancelled' },
  nobody: { id: 'Nobody.', defaultMessage: 'Nobody.' },
  name: { id: 'Name', defaultMessage: 'Name' },
  house: { id: 'Medical house', defaultMessage: 'Medical house' },
  functions: { id: 'Functions', defaultMessage: 'Functions' },
  registered: { id: 'Registered on', defaultMessage: 'Registered on' },
  mobile: { id: 'GSM', defaultMessage: 'GSM' },
  present: { id: 'Present', defaultMessage: 'Present' },
  presentOf: {
    id: '{name} was present',
    defaultMessage: '{name} was present',
  },
  saveAttendance: {
    id: 'Save the attendance',
    defaultMessage: 'Save the attendance',
  },
  savingAttendance: {
    id: 'Saving the attendance…',
    defaultMessage: 'Saving the attendance…',
  },
  attendanceSaved: {
    id: 'Attendance saved.',
    defaultMessage: 'Attendance saved.',
  },
  csv: {
    id: 'Download the list (CSV)',
    defaultMessage: 'Download the list (CSV)',
  },
  csvFailed: {
    id: 'The list could not be downloaded. Please try again later.',
    defaultMessage: 'The list could not be downloaded. Please try again later.',
  },
  sessionCancelled: {
    id: 'This session is cancelled.',
    defaultMessage: 'This session is cancelled.',
  },
  tableOf: { id: 'Table: {title}', defaultMessage: 'Table: {title}' },
});

const STATES = ['confirmed', 'waiting', 'cancelled'];

/** The activity's path from the page's (`<activity>/participants`). */
export const activityPath = (pathname) =>
  pathname.replace(/\/participants\/?$/, '');

/** Fetch the CSV with the user's token, then save it as a file. */
const downloadCsv = (path, token, filename) =>
  fetch(publicApiURL(`${path}/@registrations/csv`), {
    headers: { Authorization: `Bearer ${token}`, Accept: 'text/csv' },
  }).then((response) => {
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.blob().then((blob) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  });

const personName = ({ first_name, last_name }) =>
  [first_name, last_name].filter(Boolean).join(' ');

/** One state's participants: who, their answers, and (confirmed) attendance. */
const ParticipantsTable = ({
  state,
  items,
  questions,
  withMobile,
  checked,
  onCheck,
}) => {
  const intl = useIntl();
  const title = intl.formatMessage(messages[state]);
  const id = `fmm-participants-${state}`;
  return (
    <section className="fmm-participants-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{intl.formatMessage(messages.nobody)}</p>
      ) : (
        // A scrolling table is reached by keyboard (WCAG 2.1.1, axe's
        // scrollable-region-focusable).
        <div
          className="fmm-table-scroll"
          role="region"
          aria-label={intl.formatMessage(messages.tableOf, { title })}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
        >
          <table
            className={`ui compact celled table fmm-participants-${state}`}
          >
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(messages.name)}</th>
                <th scope="col">{intl.formatMessage(messages.house)}</th>
                <th scope="col">{intl.formatMessage(messages.functions)}</th>
                <th scope="col">{intl.formatMessage(messages.registered)}</th>
                {questions.map((question) => (
                  <th scope="col" key={question}>
                    {question}
                  </th>
                ))}
                {withMobile && (
                  <th scope="col">{intl.formatMessage(messages.mobile)}</th>
                )}
                {state === 'confirmed' && (
                  <th scope="col">{intl.formatMessage(messages.present)}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const name = personName(item.participant);
                return (
                  <tr key={item.user_id}>
                    <th scope="row">{name}</th>
                    <td>{item.participant.workplaces.join(', ')}</td>
                    <td>{item.participant.functions.join(', ')}</td>
                    <td>
                      <DateTime date={item.registered} includeTime />
                    </td>
                    {item.answers_by_question.map((answer) => (
                      <td key={answer.name}>{answer.answer}</td>
                    ))}
                    {withMobile && <td>{item.participant.mobile}</td>}
                    {state === 'confirmed' && (
                      <td>
                        <input
                          type="checkbox"
                          id={`fmm-present-${item.user_id}`}
                          aria-label={intl.formatMessage(messages.presentOf, {
                            name,
                          })}
                          checked={checked.has(item.user_id)}
                          onChange={(event) =>
                            onCheck(item.user_id, event.target.checked)
                          }
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};

ParticipantsTable.propTypes = {
  state: PropTypes.oneOf(STATES).isRequired,
  items: PropTypes.arrayOf(PropTypes.object).isRequired,
  questions: PropTypes.arrayOf(PropTypes.string).isRequired,
  withMobile: PropTypes.bool.isRequired,
  checked: PropTypes.instanceOf(Set).isRequired,
  onCheck: PropTypes.func.isRequired,
};

/**
 * The participants of an activity, for its organisers and the staff
 * (`<activity>/participants`, from `GET @registrations`): confirmed, waiting
 * and cancelled people with their answers, the CSV, attendance marking, and
 * (staff only, as the backend sends it) their GSM; then a message to the
 * participants and the cancellation of the session.
 */
const ParticipantsPage = ({ location }) => {
  const intl = useIntl();
  const path = activityPath(location.pathname);
  const token = useSelector((state) => state.userSession?.token);
  const { loading, error, data, retry } = useService(
    'activityParticipants',
    `${path}/@registrations`,
  );
  const attendance = useServiceCall();
  const [checked, setChecked] = useState(new Set());
  const [csvFailed, setCsvFailed] = useState(false);
  const items = data?.items || [];

  useEffect(() => {
    setChecked(
      new Set(
        (data?.items || []).filter((i) => i.attended).map((i) => i.user_id),
      ),
    );
  }, [data]);

  const title = intl.formatMessage(messages.title, {
    title: data?.title || '',
  });
  const questions = (items[0]?.answers_by_question || []).map(
    (a) => a.question,
  );
  const withMobile = items.some((item) => 'mobile' in item.participant);
  const byState = Object.fromEntries(
    STATES.map((state) => [state, items.filter((i) => i.state === state)]),
  );

  const saveAttendance = (event) => {
    event.preventDefault();
    const confirmed = byState.confirmed;
    const present = confirmed.filter(
      (i) => checked.has(i.user_id) && !i.attended,
    );
    const absent = confirmed.filter(
      (i) => !checked.has(i.user_id) && i.attended,
    );
    const calls = [
      [present, true],
      [absent, false],
    ].filter(([people]) => people.length > 0);
    calls
      .reduce(
        (previous, [people, attended]) =>
          previous.then((ok) =>
            ok
              ? attendance
                  .call('post', `${path}/@registrations/attendance`, {
                    user_ids: people.map((i) => i.user_id),
                    attended,
                  })
                  .then((answer) => answer.ok)
              : false,
          ),
        Promise.resolve(true),
      )
      .then(() => retry());
  };

  return (
    <Page
      id="page-participants"
      className="fmm-participants-page"
      title={title}
    >
      <p>
        <Link to={path}>{intl.formatMessage(messages.back)}</Link>
      </p>
      <RequestStatus loading={loading && !data} error={error} />
      {data && (
        <>
          {data.session_cancelled && (
            <Message warning className="fmm-session-cancelled">
              {intl.formatMessage(messages.sessionCancelled)}
            </Message>
          )}
          <p className="fmm-participants-counts">
            {intl.formatMessage(messages.counts, {
              confirmed: data.confirmed,
              waiting: data.waiting,
            })}
            {typeof data.remaining_places === 'number' &&
              ` – ${intl.formatMessage(messages.placesLeft, {
                count: data.remaining_places,
              })}`}
          </p>
          <p>
            <Button
              type="button"
              className="fmm-participants-csv"
              onClick={() => {
                setCsvFailed(false);
                downloadCsv(
                  path,
                  token,
                  `inscriptions-${path.split('/').pop()}.csv`,
                ).catch(() => setCsvFailed(true));
              }}
            >
              {intl.formatMessage(messages.csv)}
            </Button>
          </p>
          {csvFailed && (
            <Message negative role="alert">
              {intl.formatMessage(messages.csvFailed)}
            </Message>
          )}
          <form onSubmit={saveAttendance} className="ui form">
            <ParticipantsTable
              state="confirmed"
              items={byState.confirmed}
              questions={questions}
              withMobile={withMobile}
              checked={checked}
              onCheck={(userId, value) =>
                setChecked((current) => {
                  const next = new Set(current);
                  if (value) {
                    next.add(userId);
                  } else {
                    next.delete(userId);
                  }
                  return next;
                })
              }
            />
            {byState.confirmed.length > 0 && (
              <div className="fmm-submit-bar">
                <Button
                  type="submit"
                  primary
                  loading={attendance.loading}
                  disabled={attendance.loading}
                >
                  {intl.formatMessage(messages.saveAttendance)}
                </Button>
                <span role="status" className="fmm-submit-status">
                  {attendance.loading &&
                    intl.formatMessage(messages.savingAttendance)}
                  {attendance.done &&
                    intl.formatMessage(messages.attendanceSaved)}
                </span>
              </div>
            )}
            <FormErrors error={attendance.error} />
          </form>
          {['waiting', 'cancelled'].map((state) => (
            <ParticipantsTable
              key={state}
              state={state}
              items={byState[state]}
              questions={questions}
              withMobile={withMobile}
              checked={checked}
              onCheck={() => {}}
            />
          ))}
          {!data.session_cancelled && <MessageParticipants path={path} />}
          <CancelSession
            path={path}
            cancelled={Boolean(data.session_cancelled)}
            onCancelled={retry}
          />
        </>
      )}
    </Page>
  );
};

ParticipantsPage.propTypes = {
  location: PropTypes.shape({ pathname: PropTypes.string.isRequired })
    .isRequired,
};

export default ParticipantsPage;
