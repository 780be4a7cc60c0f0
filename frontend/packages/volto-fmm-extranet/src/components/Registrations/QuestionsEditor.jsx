/**
 * Organisers edit the questions of an activity's registration form: add,
 * remove and reorder questions of the types the registration page renders,
 * each with its title, type, help, whether it is required, its choices (one
 * per line) or its bounds. Saved with `PUT <activity>/@registration-questions`;
 * the server's problems show by the field of the question they concern.
 */
import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import useServiceCall from '../../helpers/useServiceCall';
import {
  CheckboxField,
  describedBy,
  Field,
  InputField,
  SelectField,
} from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';

const messages = defineMessages({
  edit: {
    id: 'Edit the questions of the form',
    defaultMessage: 'Edit the questions of the form',
  },
  heading: {
    id: 'Questions of the registration form',
    defaultMessage: 'Questions of the registration form',
  },
  intro: {
    id: "The worker's name, medical house and functions are taken from their profile: do not ask them.",
    defaultMessage:
      "The worker's name, medical house and functions are taken from their profile: do not ask them.",
  },
  questionNumber: {
    id: 'Question {number}',
    defaultMessage: 'Question {number}',
  },
  title: { id: 'Question', defaultMessage: 'Question' },
  type: { id: 'Type of answer', defaultMessage: 'Type of answer' },
  description: {
    id: 'Help (optional)',
    defaultMessage: 'Help (optional)',
  },
  required: { id: 'Answer required', defaultMessage: 'Answer required' },
  choices: {
    id: 'Choices (one per line)',
    defaultMessage: 'Choices (one per line)',
  },
  min: { id: 'Minimum', defaultMessage: 'Minimum' },
  max: { id: 'Maximum', defaultMessage: 'Maximum' },
  unsupported: {
    id: 'A type of question the registration page cannot show: remove it to open registration.',
    defaultMessage:
      'A type of question the registration page cannot show: remove it to open registration.',
  },
  upShort: { id: 'Move up', defaultMessage: 'Move up' },
  downShort: { id: 'Move down', defaultMessage: 'Move down' },
  up: { id: 'Move up: {title}', defaultMessage: 'Move up: {title}' },
  down: { id: 'Move down: {title}', defaultMessage: 'Move down: {title}' },
  remove: { id: 'Remove: {title}', defaultMessage: 'Remove: {title}' },
  untitled: { id: 'new question', defaultMessage: 'new question' },
  add: { id: 'Add a question', defaultMessage: 'Add a question' },
  save: { id: 'Save the questions', defaultMessage: 'Save the questions' },
  close: { id: 'Close', defaultMessage: 'Close' },
  noQuestion: {
    id: 'No question: workers register in one click.',
    defaultMessage: 'No question: workers register in one click.',
  },
  TextLine: { id: 'Short text', defaultMessage: 'Short text' },
  Text: { id: 'Long text', defaultMessage: 'Long text' },
  Choice: { id: 'One choice', defaultMessage: 'One choice' },
  MultiChoice: { id: 'Several choices', defaultMessage: 'Several choices' },
  Bool: { id: 'Yes or no', defaultMessage: 'Yes or no' },
  Int: { id: 'Whole number', defaultMessage: 'Whole number' },
  Date: { id: 'Date', defaultMessage: 'Date' },
});

export const TYPES = [
  'TextLine',
  'Text',
  'Choice',
  'MultiChoice',
  'Bool',
  'Int',
  'Date',
];
const WITH_CHOICES = ['Choice', 'MultiChoice'];

let lastKey = 0;
const newKey = () => {
  lastKey += 1;
  return `new-${lastKey}`;
};

/** A question of the schema as a row of the editor. */
const toRow = (question) => ({
  key: question.name,
  name: question.name,
  type: question.type,
  title: question.title || '',
  description: question.description || '',
  required: Boolean(question.required),
  choices: question.choices || [],
  choicesText: (question.choices || []).map((c) => c.label).join('\n'),
  min: question.min ?? '',
  max: question.max ?? '',
});

const bound = (value) =>
  String(value).trim() === '' ? null : Number(String(value).trim());

/** A row as the backend reads it; choices keep their token while their label stays. */
export const toQuestion = (row) => {
  if (row.type === 'Unsupported') {
    return { name: row.name, type: row.type };
  }
  const tokens = Object.fromEntries(row.choices.map((c) => [c.label, c.token]));
  return {
    ...(row.name ? { name: row.name } : {}),
    type: row.type,
    title: row.title,
    description: row.description,
    required: row.required,
    ...(WITH_CHOICES.includes(row.type)
      ? {
          choices: row.choicesText
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .map((label) =>
              tokens[label] ? { token: tokens[label], label } : { label },
            ),
        }
      : {}),
    ...(row.type === 'Int' ? { min: bound(row.min), max: bound(row.max) } : {}),
  };
};

/** The server's problems of row `index` ({attribute: message}). */
const rowErrors = (fields, index) => {
  const prefix = `questions.${index}`;
  const found = {};
  Object.entries(fields || {}).forEach(([field, message]) => {
    if (field === prefix) {
      found.title = message;
    } else if (field.startsWith(`${prefix}.`)) {
      found[field.slice(prefix.length + 1)] = message;
    }
  });
  return found;
};

const QuestionsEditor = ({ path, questions, onSaved }) => {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState([]);
  const { call, loading, done, error, reset } = useServiceCall();
  const added = useRef(null);
  const panelId = 'fmm-questions-editor';

  // A question just added: its title is where the organiser types next.
  useEffect(() => {
    if (added.current) {
      document.getElementById(`fmm-qe-${added.current}-title`)?.focus();
      added.current = null;
    }
  }, [rows]);

  const start = () => {
    setRows(questions.map(toRow));
    reset();
    setOpen(true);
  };
  const update = (index, changes) => {
    reset();
    setRows((current) =>
      current.map((row, at) => (at === index ? { ...row, ...changes } : row)),
    );
  };
  const move = (index, offset) => {
    reset();
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + offset, 0, row);
      return next;
    });
  };
  const remove = (index) => {
    reset();
    setRows((current) => current.filter((_row, at) => at !== index));
  };
  const add = () => {
    reset();
    const row = toRow({ name: '', type: 'TextLine' });
    row.key = newKey();
    row.name = null;
    added.current = row.key;
    setRows((current) => [...current, row]);
  };
  const save = (event) => {
    event.preventDefault();
    call('put', `${path}/@registration-questions`, {
      questions: rows.map(toQuestion),
    }).then(({ ok, result }) => {
      if (ok) {
        setRows(result.questions.map(toRow));
        onSaved(result.questions);
      }
    });
  };

  const titleOf = (row) => row.title || intl.formatMessage(messages.untitled);
  const typeOptions = TYPES.map((type) => ({
    value: type,
    label: intl.formatMessage(messages[type]),
  }));

  return (
    <div className="fmm-questions-editor">
      <Button
        type="button"
        className="fmm-questions-editor-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? setOpen(false) : start())}
      >
        {intl.formatMessage(messages.edit)}
      </Button>
      {open && (
        <form
          id={panelId}
          className="ui form"
          noValidate
          aria-labelledby={`${panelId}-title`}
          onSubmit={save}
        >
          <h3 id={`${panelId}-title`}>
            {intl.formatMessage(messages.heading)}
          </h3>
          <p>{intl.formatMessage(messages.intro)}</p>
          {rows.length === 0 && (
            <p>{intl.formatMessage(messages.noQuestion)}</p>
          )}
          <ol className="fmm-question-rows">
            {rows.map((row, index) => {
              const id = `fmm-qe-${row.key}`;
              const problems = rowErrors(error?.fields, index);
              const title = titleOf(row);
              return (
                <li key={row.key}>
                  <fieldset>
                    <legend>
                      {intl.formatMessage(messages.questionNumber, {
                        number: index + 1,
                      })}
                    </legend>
                    {row.type === 'Unsupported' ? (
                      <p>
                        <strong>{row.title}</strong> —{' '}
                        {intl.formatMessage(messages.unsupported)}
                      </p>
                    ) : (
                      <>
                        <InputField
                          id={`${id}-title`}
                          label={intl.formatMessage(messages.title)}
                          required
                          value={row.title}
                          error={problems.title || problems.name}
                          onChange={(value) => update(index, { title: value })}
                        />
                        <SelectField
                          id={`${id}-type`}
                          label={intl.formatMessage(messages.type)}
                          value={row.type}
                          options={typeOptions}
                          error={problems.type}
                          onChange={(value) => update(index, { type: value })}
                        />
                        <InputField
                          id={`${id}-description`}
                          label={intl.formatMessage(messages.description)}
                          value={row.description}
                          error={problems.description}
                          onChange={(value) =>
                            update(index, { description: value })
                          }
                        />
                        {WITH_CHOICES.includes(row.type) && (
                          <Field
                            id={`${id}-choices`}
                            label={intl.formatMessage(messages.choices)}
                            required
                            error={problems.choices}
                          >
                            <textarea
                              id={`${id}-choices`}
                              rows={4}
                              value={row.choicesText}
                              required
                              aria-invalid={problems.choices ? true : undefined}
                              aria-describedby={describedBy(
                                `${id}-choices`,
                                null,
                                problems.choices,
                              )}
                              onChange={(event) =>
                                update(index, {
                                  choicesText: event.target.value,
                                })
                              }
                            />
                          </Field>
                        )}
                        {row.type === 'Int' && (
                          <div className="two fields">
                            {['min', 'max'].map((limit) => (
                              <InputField
                                key={limit}
                                id={`${id}-${limit}`}
                                label={intl.formatMessage(messages[limit])}
                                type="number"
                                step={1}
                                value={String(row[limit])}
                                error={problems[limit]}
                                onChange={(value) =>
                                  update(index, { [limit]: value })
                                }
                              />
                            ))}
                          </div>
                        )}
                        <CheckboxField
                          id={`${id}-required`}
                          label={intl.formatMessage(messages.required)}
                          checked={row.required}
                          onChange={(checked) =>
                            update(index, { required: checked })
                          }
                        />
                      </>
                    )}
                    <div className="fmm-question-row-actions">
                      <Button
                        type="button"
                        size="small"
                        basic
                        disabled={index === 0}
                        aria-label={intl.formatMessage(messages.up, { title })}
                        onClick={() => move(index, -1)}
                      >
                        {intl.formatMessage(messages.upShort)}
                      </Button>
                      <Button
                        type="button"
                        size="small"
                        basic
                        disabled={index === rows.length - 1}
                        aria-label={intl.formatMessage(messages.down, {
                          title,
                        })}
                        onClick={() => move(index, 1)}
                      >
                        {intl.formatMessage(messages.downShort)}
                      </Button>
                      <Button
                        type="button"
                        size="small"
                        basic
                        onClick={() => remove(index)}
                      >
                        {intl.formatMessage(messages.remove, { title })}
                      </Button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <Button type="button" basic onClick={add}>
            {intl.formatMessage(messages.add)}
          </Button>
          <FormErrors error={error} />
          <SubmitBar
            label={intl.formatMessage(messages.save)}
            loading={loading}
            done={done}
          >
            <Button type="button" onClick={() => setOpen(false)}>
              {intl.formatMessage(messages.close)}
            </Button>
          </SubmitBar>
        </form>
      )}
    </div>
  );
};

QuestionsEditor.propTypes = {
  /** The activity's path in Volto. */
  path: PropTypes.string.isRequired,
  questions: PropTypes.arrayOf(PropTypes.object).isRequired,
  /** Called with the questions saved. */
  onSaved: PropTypes.func.isRequired,
};

export default QuestionsEditor;
