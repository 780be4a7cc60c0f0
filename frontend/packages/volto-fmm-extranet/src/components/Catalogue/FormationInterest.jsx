import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import FormErrors from '../Core/Form/FormErrors';
import RequestStatus from '../Core/Listing/RequestStatus';
import useService from '../Core/Listing/useService';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  title: { id: 'Interested?', defaultMessage: 'Interested?' },
  help: {
    id: 'No session is scheduled yet. Say you are interested: you will receive an email as soon as a session is scheduled.',
    defaultMessage:
      'No session is scheduled yet. Say you are interested: you will receive an email as soon as a session is scheduled.',
  },
  interested: { id: 'I am interested', defaultMessage: 'I am interested' },
  noticed: {
    id: 'You are interested: we will write to you when a session is scheduled.',
    defaultMessage:
      'You are interested: we will write to you when a session is scheduled.',
  },
  people: {
    id: '{count, plural, =0 {Nobody is interested yet.} one {# person is interested:} other {# people are interested:}}',
    defaultMessage:
      '{count, plural, =0 {Nobody is interested yet.} one {# person is interested:} other {# people are interested:}}',
  },
});

/**
 * "Je suis intéressé·e" by a formation without a scheduled session
 * (`@interest`), and, for the staff, who is interested (names, houses).
 * Nothing shows while a session is scheduled: its page takes registrations.
 */
const FormationInterest = ({ path }) => {
  const intl = useIntl();
  const { data, loading, error, retry } = useService(
    'formationInterest',
    `${path}/@interest`,
  );
  const toggle = useServiceCall();
  if (loading && !data) {
    return <RequestStatus loading />;
  }
  if (error || !data || data.scheduled) {
    return null;
  }
  const people = data.people;
  return (
    <section
      className="fmm-formation-interest"
      aria-labelledby="fmm-interest-title"
    >
      <h2 id="fmm-interest-title">{intl.formatMessage(messages.title)}</h2>
      <p>{intl.formatMessage(messages.help)}</p>
      {/* A toggle (aria-pressed): a native button, as Semantic's toggle
          colours fail the contrast. */}
      <button
        type="button"
        className={`ui button${data.interested ? '' : ' primary'}${
          toggle.loading ? ' loading' : ''
        }`}
        aria-pressed={data.interested}
        disabled={toggle.loading}
        onClick={() =>
          toggle
            .call('post', `${path}/@interest`, { interested: !data.interested })
            .then(({ ok }) => ok && retry())
        }
      >
        {intl.formatMessage(messages.interested)}
      </button>
      <p role="status" className="fmm-interest-status">
        {data.interested && intl.formatMessage(messages.noticed)}
      </p>
      <FormErrors error={toggle.error} />
      {people && (
        <>
          <p>{intl.formatMessage(messages.people, { count: people.length })}</p>
          {people.length > 0 && (
            <ul className="fmm-interested-people">
              {people.map((person) => (
                <li key={person.user_id}>
                  {person.first_name} {person.last_name}
                  {person.workplaces.length > 0 &&
                    ` (${person.workplaces.join(', ')})`}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
};

FormationInterest.propTypes = { path: PropTypes.string.isRequired };

export default FormationInterest;
