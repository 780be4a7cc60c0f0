/**
 * The questions of a registration form, rendered from the schema of
 * `GET <activity>/@registration` (`questions`: name, title, description,
 * type, required, choices [{token, label}], widget, min, max): TextLine,
 * Text, Choice (radio buttons or a select), MultiChoice (checkboxes), Bool
 * (a checkbox, or yes/no radio buttons when an answer is required), Int and
 * Date. Groups of radio buttons and checkboxes are fieldsets named by their
 * legend; every control is described by its help and its error.
 */
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import {
  describedBy,
  Field,
  InputField,
  SelectField,
} from '../Core/Form/Field';
import sharedMessages from '../../messages';

const messages = defineMessages({
  required: {
    id: 'This question is required.',
    defaultMessage: 'This question is required.',
  },
  notANumber: {
    id: 'Write a whole number.',
    defaultMessage: 'Write a whole number.',
  },
  atLeast: {
    id: 'The number must be at least {min}.',
    defaultMessage: 'The number must be at least {min}.',
  },
  atMost: {
    id: 'The number must be at most {max}.',
    defaultMessage: 'The number must be at most {max}.',
  },
  choose: { id: 'Choose…', defaultMessage: 'Choose…' },
});

/** The id of a question's control (or of its first radio button or checkbox). */
export const questionId = (name) => `fmm-question-${name}`;

const isEmpty = (value) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && !value.trim()) ||
  (Array.isArray(value) && value.length === 0);

/**
 * The problems of the answers the page can see: required questions left
 * empty, whole numbers out of their bounds.
 * @returns {Object} {question name: message}, empty when all is well.
 */
export const answerProblems = (questions, answers, intl) => {
  const problems = {};
  questions.forEach(({ name, type, required, min, max }) => {
    const value = answers[name];
    if (isEmpty(value)) {
      if (required) {
        problems[name] = intl.formatMessage(messages.required);
      }
      return;
    }
    if (type === 'Int') {
      const number = Number(value);
      if (!/^-?\d+$/.test(String(value).trim())) {
        problems[name] = intl.formatMessage(messages.notANumber);
      } else if (typeof min === 'number' && number < min) {
        problems[name] = intl.formatMessage(messages.atLeast, { min });
      } else if (typeof max === 'number' && number > max) {
        problems[name] = intl.formatMessage(messages.atMost, { max });
      }
    }
  });
  return problems;
};

/**
 * The answers as the backend reads them: whole numbers as numbers, an
 * unchecked optional checkbox as `false`, empty answers left out.
 */
export const answersToSend = (questions, answers) => {
  const sent = {};
  questions.forEach(({ name, type, required }) => {
    const value = answers[name];
    if (type === 'Bool' && !required) {
      sent[name] = Boolean(value);
    } else if (!isEmpty(value)) {
      sent[name] = type === 'Int' ? Number(String(value).trim()) : value;
    }
  });
  return sent;
};

/** Radio buttons or checkboxes in a fieldset named by the question. */
const ChoiceGroup = ({
  question,
  options,
  multiple,
  value,
  onChange,
  error,
}) => {
  const { name, title, description, required } = question;
  const id = questionId(name);
  const chosen = multiple ? value || [] : value;
  const toggle = (token, checked) =>
    onChange(
      checked
        ? [...chosen, token]
        : chosen.filter((existing) => existing !== token),
    );
  return (
    <fieldset
      className={`field fmm-question-group${required ? ' required' : ''}${
        error ? ' error' : ''
      }`}
      aria-describedby={describedBy(id, description, error)}
    >
      <legend>{title}</legend>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div key={option.value} className="fmm-question-option">
            <input
              id={optionId}
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.value}
              checked={
                multiple
                  ? chosen.includes(option.value)
                  : chosen === option.value
              }
              required={(required && !multiple) || undefined}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                multiple
                  ? toggle(option.value, event.target.checked)
                  : onChange(option.value)
              }
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
      {description && <small id={`${id}-help`}>{description}</small>}
      {error && (
        <small id={`${id}-error`} className="fmm-field-error">
          {error}
        </small>
      )}
    </fieldset>
  );
};

ChoiceGroup.propTypes = {
  question: PropTypes.object.isRequired,
  options: PropTypes.arrayOf(
    PropTypes.shape({ value: PropTypes.any, label: PropTypes.node }),
  ).isRequired,
  multiple: PropTypes.bool,
  value: PropTypes.any,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.string,
};

ChoiceGroup.defaultProps = {
  multiple: false,
  value: undefined,
  error: null,
};

/** One question, with the control its type asks for. */
export const Question = ({ question, value, onChange, error }) => {
  const intl = useIntl();
  const { name, title, description, type, required, choices, widget } =
    question;
  const id = questionId(name);
  const common = {
    id,
    label: title,
    required,
    help: description || null,
    error,
    onChange,
  };
  const options = (choices || []).map((choice) => ({
    value: choice.token,
    label: choice.label,
  }));
  switch (type) {
    case 'Text':
      return (
        <Field {...common}>
          <textarea
            id={id}
            rows={3}
            value={value || ''}
            required={required || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, description, error)}
            onChange={(event) => onChange(event.target.value)}
          />
        </Field>
      );
    case 'Choice':
      return widget === 'select' ? (
        <SelectField
          {...common}
          value={value || ''}
          options={options}
          emptyLabel={intl.formatMessage(messages.choose)}
        />
      ) : (
        <ChoiceGroup
          question={question}
          options={options}
          value={value}
          onChange={onChange}
          error={error}
        />
      );
    case 'MultiChoice':
      return (
        <ChoiceGroup
          question={question}
          options={options}
          multiple
          value={value}
          onChange={onChange}
          error={error}
        />
      );
    case 'Bool':
      return required ? (
        <ChoiceGroup
          question={question}
          options={[
            { value: true, label: intl.formatMessage(sharedMessages.yes) },
            { value: false, label: intl.formatMessage(sharedMessages.no) },
          ]}
          value={value}
          onChange={onChange}
          error={error}
        />
      ) : (
        <Field {...common} inline>
          <input
            id={id}
            type="checkbox"
            checked={Boolean(value)}
            aria-describedby={describedBy(id, description, error)}
            onChange={(event) => onChange(event.target.checked)}
          />
        </Field>
      );
    case 'Int':
      return (
        <InputField
          {...common}
          type="number"
          inputMode="numeric"
          step={1}
          min={question.min ?? undefined}
          max={question.max ?? undefined}
          value={value ?? ''}
        />
      );
    case 'Date':
      return <InputField {...common} type="date" value={value || ''} />;
    default:
      return <InputField {...common} value={value || ''} />;
  }
};

Question.propTypes = {
  question: PropTypes.shape({
    name: PropTypes.string.isRequired,
    title: PropTypes.string.isRequired,
    description: PropTypes.string,
    type: PropTypes.string.isRequired,
    required: PropTypes.bool,
    choices: PropTypes.arrayOf(
      PropTypes.shape({ token: PropTypes.string, label: PropTypes.string }),
    ),
    widget: PropTypes.string,
    min: PropTypes.number,
    max: PropTypes.number,
  }).isRequired,
  value: PropTypes.any,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.string,
};

Question.defaultProps = {
  value: undefined,
  error: null,
};

/** Every question of a form, answered in `answers` ({name: value}). */
const Questions = ({ questions, answers, errors, onChange }) => (
  <div className="fmm-questions">
    {questions.map((question) => (
      <Question
        key={question.name}
        question={question}
        value={answers[question.name]}
        error={errors[question.name] || null}
        onChange={(value) => onChange(question.name, value)}
      />
    ))}
  </div>
);

Questions.propTypes = {
  questions: PropTypes.arrayOf(PropTypes.object).isRequired,
  answers: PropTypes.object.isRequired,
  errors: PropTypes.objectOf(PropTypes.string),
  onChange: PropTypes.func.isRequired,
};

Questions.defaultProps = {
  errors: {},
};

export default Questions;
