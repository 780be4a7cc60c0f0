import { useCallback, useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button, Loader } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { toQueryString } from '../../helpers/queryString';
import useServiceCall from '../../helpers/useServiceCall';
import { useCanEdit } from '../../helpers';
import DateTime from '../Core/Listing/DateTime';
import FormErrors from '../Core/Form/FormErrors';
import Questions, {
  answerProblems,
  answersToSend,
  questionId,
} from './Questions';
import QuestionsEditor from './QuestionsEditor';
import sharedMessages from '../../messages';
import './Registration.less';

const ACTIVE_STATES = ['confirmed', 'waiting'];

const messages = defineMessages({
  title: { id: 'Registration', defaultMessage: 'Registration' },
  placesLeft: {
    id: '{count, plural, =0 {No place left} one {# place left} other {# places left}}',
    defaultMessage:
      '{count, plural, =0 {No place left} one {# place left} other {# places left}}',
  },
  waitingList: {
    id: 'Full: waiting list',
    defaultMessage: 'Full: waiting list',
  },
  full: {
    id: 'This activity is full.',
    defaultMessage: 'This activity is full.',
  },
  unlimited: {
    id: 'Places not limited',
    defaultMessage: 'Places not limited',
  },
  deadline: {
    id: 'Registration until',
    defaultMessage: 'Registration until',
  },
  closed: {
    id: 'Registration is closed.',
    defaultMessage: 'Registration is closed.',
  },
  registered: {
    id: 'You are registered.',
    defaultMessage: 'You are registered.',
  },
  waiting: {
    id: 'You are on the waiting list.',
    defaultMessage: 'You are on the waiting list.',
  },
  register: {
    id: 'Register for this activity',
    defaultMessage: 'Register for this activity',
  },
  registerWaiting: {
    id: 'Register on the waiting list',
    defaultMessage: 'Register on the waiting list',
  },
  cancel: {
    id: 'Cancel my registration',
    defaultMessage: 'Cancel my registration',
  },
  registering: {
    id: 'Registering…',
    defaultMessage: 'Registering…',
  },
  cancelling: {
    id: 'Cancelling…',
    defaultMessage: 'Cancelling…',
  },
  confirmedNotice: {
    id: 'Your registration is confirmed. A confirmation email has been sent to you.',
    defaultMessage:
      'Your registration is confirmed. A confirmation email has been sent to you.',
  },
  waitingNotice: {
    id: 'The activity is full: you are on the waiting list. You will receive an email as soon as a place is free.',
    defaultMessage:
      'The activity is full: you are on the waiting list. You will receive an email as soon as a place is free.',
  },
  cancelledNotice: {
    id: 'Your registration is cancelled.',
    defaultMessage: 'Your registration is cancelled.',
  },
  failed: {
    id: 'Your request could not be saved. Please try again later.',
    defaultMessage: 'Your request could not be saved. Please try again later.',
  },
  invalidAnswers: {
    id: 'Some answers are missing or not valid.',
    defaultMessage: 'Some answers are missing or not valid.',
  },
  requiredNote: {
    id: 'Questions marked * are required.',
    defaultMessage: 'Questions marked * are required.',
  },
});

/** Whether registration has closed: after the deadline, else after the start. */
export const registrationClosed = (content, now = Date.now()) => {
  const closes = new Date(content.registration_deadline || content.start);
  return !isNaN(closes) && now > closes.getTime();
};

/**
 * Registration of the current worker to an activity: the places left (or the
 * waiting list), the form's questions and a button to register, or a button
 * to cancel, and what happened, said in a live region. Places come from
 * `@agenda` (the activity's occurrence), the worker's own registration from
 * `@my-registrations`, the questions and whether registration is open from
 * `GET <activity>/@registration`; the button posts the answers to (or
 * deletes) `<activity>/@registration`. Required questions are checked in the
 * page and the server's problems are shown by their question; the focus
 * goes to the first question to fix. Organisers also edit the questions
 * here. Nothing shows when the activity takes no registration.
 */
const Registration = ({ content }) => {
  const intl = useIntl();
  const { call } = useServiceCall();
  const path = flattenToAppURL(content['@id'] || '');
  const enabled = Boolean(content.registration_enabled);
  const [loading, setLoading] = useState(enabled);
  const [places, setPlaces] = useState(undefined); // number, null: no limit
  const [mine, setMine] = useState(null); // 'confirmed', 'waiting' or null
  const [busy, setBusy] = useState(null); // 'register' or 'cancel'
  const [notice, setNotice] = useState(null); // { kind, text }
  // {open, reason, questions}; null while unknown (then the dates decide).
  const [form, setForm] = useState(null);
  const [answers, setAnswers] = useState({});
  const [refusal, setRefusal] = useState(null); // apiErrors' shape
  const [focusFirstError, setFocusFirstError] = useState(false);
  const canEdit = useCanEdit();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const loadPlaces = useCallback(
    () =>
      call(
        'get',
        // The occurrence at the activity's start (its first, if recurring).
        `/@agenda${toQueryString({
          start: content.start,
          end: content.start,
        })}`,
      ).then(({ ok, result }) => {
        // On failure, places stay unknown; registering still works.
        const item = ok
          ? (result?.items || []).find(
              (occurrence) => occurrence.UID === content.UID,
            )
          : null;
        if (mounted.current && item) {
          setPlaces(item.remaining_places);
        }
      }),
    [call, content.start, content.UID],
  );

  const loadForm = useCallback(
    () =>
      call('get', `${path}/@registration`).then(({ ok, result }) => {
        if (ok && mounted.current) {
          setForm(result);
        }
      }),
    [call, path],
  );

  const questions = form?.questions || [];
  const fieldErrors = refusal?.fields || {};

  useEffect(() => {
    if (!focusFirstError) {
      return;
    }
    setFocusFirstError(false);
    const problems = refusal?.fields || {};
    const first = (form?.questions || []).find(({ name }) => problems[name]);
    if (first) {
      document.getElementById(questionId(first.name))?.focus();
    }
  }, [focusFirstError, form, refusal]);

  useEffect(() => {
    if (!enabled) {
      return;
    }
    const loadMine = call('get', '/@my-registrations').then(
      ({ ok, result }) => {
        if (!ok) {
          return;
        }
        const found = [...(result?.upcoming || []), ...(result?.past || [])]
          .filter(
            (registration) =>
              flattenToAppURL(registration.activity?.['@id'] || '') === path,
          )
          .map((registration) => registration.state)
          .find((state) => ACTIVE_STATES.includes(state));
        if (mounted.current) {
          setMine(found || null);
        }
      },
    );
    Promise.all([loadPlaces(), loadMine, loadForm()]).then(() => {
      if (mounted.current) {
        setLoading(false);
      }
    });
  }, [enabled, call, path, loadPlaces, loadForm]);

  if (!enabled) {
    return null;
  }

  const refuse = (problem) => {
    setRefusal(problem);
    setFocusFirstError(true);
  };

  const act = (kind) => {
    setNotice(null);
    setRefusal(null);
    if (kind === 'register') {
      const problems = answerProblems(questions, answers, intl);
      if (Object.keys(problems).length > 0) {
        refuse({
          status: 400,
          message: intl.formatMessage(messages.invalidAnswers),
          fields: problems,
        });
        return Promise.resolve();
      }
    }
    setBusy(kind);
    const request =
      kind === 'register'
        ? call('post', `${path}/@registration`, {
            answers: answersToSend(questions, answers),
          })
        : call('del', `${path}/@registration`);
    return request
      .then(({ ok, result: registration, error }) => {
        if (!mounted.current) {
          return;
        }
        if (!ok && Object.keys(error.fields).length > 0) {
          refuse(error);
          return;
        }
        if (!ok) {
          setNotice({
            kind: 'error',
            // The server's own message (in French), else ours.
            text: error.message || intl.formatMessage(messages.failed),
          });
          return;
        }
        const state = kind === 'register' ? registration?.state : null;
        if (state) {
          setAnswers({});
        }
        setMine(ACTIVE_STATES.includes(state) ? state : null);
        const text = {
          confirmed: messages.confirmedNotice,
          waiting: messages.waitingNotice,
        }[state];
        setNotice({
          kind: 'success',
          text: intl.formatMessage(text || messages.cancelledNotice),
        });
        return loadPlaces();
      })
      .finally(() => {
        if (mounted.current) {
          setBusy(null);
        }
      });
  };

  const closed = registrationClosed(content) || (form ? !form.open : false);
  const full = places === 0;
  let placesText = null;
  if (full) {
    placesText = intl.formatMessage(
      content.waiting_list ? messages.waitingList : messages.full,
    );
  } else if (typeof places === 'number') {
    placesText = intl.formatMessage(messages.placesLeft, { count: places });
  } else if (places === null && !content.capacity) {
    placesText = intl.formatMessage(messages.unlimited);
  }
  const canRegister = !mine && !closed && (!full || content.waiting_list);
  const canCancel = Boolean(mine);

  return (
    <section
      className="fmm-registration"
      aria-labelledby="fmm-registration-title"
      aria-busy={loading}
    >
      <h2 id="fmm-registration-title">{intl.formatMessage(messages.title)}</h2>
      {loading ? (
        <Loader active inline size="small">
          {intl.formatMessage(sharedMessages.loading)}
        </Loader>
      ) : (
        <>
          {placesText && (
            <p className={`fmm-places${full ? ' full' : ''}`}>{placesText}</p>
          )}
          {content.registration_deadline && !closed && (
            <p className="fmm-deadline">
              {intl.formatMessage(messages.deadline)}{' '}
              <DateTime date={content.registration_deadline} includeTime />
            </p>
          )}
          {mine && (
            <p className={`fmm-my-registration ${mine}`}>
              {intl.formatMessage(
                mine === 'waiting' ? messages.waiting : messages.registered,
              )}
            </p>
          )}
          {closed && !mine && (
            <p className="fmm-registration-closed">
              {(canEdit && form?.reason) || intl.formatMessage(messages.closed)}
            </p>
          )}
          {canRegister && (
            <form
              className="ui form fmm-registration-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                act('register');
              }}
            >
              {questions.some((question) => question.required) && (
                <p className="fmm-required-note">
                  {intl.formatMessage(messages.requiredNote)}
                </p>
              )}
              <Questions
                questions={questions}
                answers={answers}
                errors={fieldErrors}
                onChange={(name, value) =>
                  setAnswers((current) => ({ ...current, [name]: value }))
                }
              />
              <FormErrors
                error={refusal}
                labels={Object.fromEntries(
                  questions.map((question) => [question.name, question.title]),
                )}
              />
              <Button
                type="submit"
                primary
                className="fmm-register"
                loading={busy === 'register'}
                disabled={Boolean(busy)}
                aria-busy={busy === 'register'}
              >
                {intl.formatMessage(
                  full ? messages.registerWaiting : messages.register,
                )}
              </Button>
            </form>
          )}
          {canCancel && (
            <Button
              type="button"
              className="fmm-cancel-registration"
              loading={busy === 'cancel'}
              disabled={Boolean(busy)}
              aria-busy={busy === 'cancel'}
              onClick={() => act('cancel')}
            >
              {intl.formatMessage(messages.cancel)}
            </Button>
          )}
        </>
      )}
      <div
        className={`fmm-registration-status${notice ? ` ${notice.kind}` : ''}`}
        role="status"
        aria-live="polite"
      >
        {busy &&
          intl.formatMessage(
            busy === 'register' ? messages.registering : messages.cancelling,
          )}
        {!busy && notice?.text}
      </div>
      {canEdit && form && (
        <QuestionsEditor
          path={path}
          questions={questions}
          onSaved={() => {
            setAnswers({});
            setRefusal(null);
            return loadForm();
          }}
        />
      )}
    </section>
  );
};

Registration.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string,
    UID: PropTypes.string,
    start: PropTypes.string,
    registration_enabled: PropTypes.bool,
    registration_deadline: PropTypes.string,
    capacity: PropTypes.number,
    waiting_list: PropTypes.bool,
  }).isRequired,
};

export default Registration;
