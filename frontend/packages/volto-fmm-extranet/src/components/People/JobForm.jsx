import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import {
  CheckboxField,
  InputField,
  VocabularySelect,
} from '../Core/Form/Field';
import FormErrors from '../Core/Form/FormErrors';
import SubmitBar from '../Core/Form/SubmitBar';
import { valueToken } from '../../helpers';
import useServiceCall from '../../helpers/useServiceCall';

const messages = defineMessages({
  workplace: { id: 'Workplace', defaultMessage: 'Workplace' },
  workplaceHelp: {
    id: 'Your medical house (its number in brackets) or the federation.',
    defaultMessage:
      'Your medical house (its number in brackets) or the federation.',
  },
  chooseWorkplace: {
    id: 'Choose your medical house or the federation',
    defaultMessage: 'Choose your medical house or the federation',
  },
  functions: { id: 'Functions', defaultMessage: 'Functions' },
  functionsHelp: {
    id: 'Your functions decide the sectoral groups you belong to.',
    defaultMessage: 'Your functions decide the sectoral groups you belong to.',
  },
  functionN: { id: 'Function {number}', defaultMessage: 'Function {number}' },
  function: {
    id: 'Function / profession',
    defaultMessage: 'Function / profession',
  },
  chooseFunction: {
    id: 'Choose a function',
    defaultMessage: 'Choose a function',
  },
  complement: { id: 'Complement', defaultMessage: 'Complement' },
  complementHelp: {
    id: 'For internship supervisors and assistants.',
    defaultMessage: 'For internship supervisors and assistants.',
  },
  noComplement: { id: 'None', defaultMessage: 'None' },
  speciality: { id: 'Speciality', defaultMessage: 'Speciality' },
  specialityHelp: {
    id: 'A field of expertise (e.g. addictions), found by the directory.',
    defaultMessage:
      'A field of expertise (e.g. addictions), found by the directory.',
  },
  removeFunction: {
    id: 'Remove function {number}',
    defaultMessage: 'Remove function {number}',
  },
  addFunction: { id: 'Add a function', defaultMessage: 'Add a function' },
  contacts: {
    id: 'Contacts of this job',
    defaultMessage: 'Contacts of this job',
  },
  contactsHelp: {
    id: 'Optional. Each one is shown to all workers only if you tick it; by default the general phone of your medical house is shown.',
    defaultMessage:
      'Optional. Each one is shown to all workers only if you tick it; by default the general phone of your medical house is shown.',
  },
  email: { id: 'Email', defaultMessage: 'Email' },
  phone: { id: 'Phone', defaultMessage: 'Phone' },
  mobile: { id: 'Mobile (GSM)', defaultMessage: 'Mobile (GSM)' },
  public: {
    id: 'Show my {contact} to all workers',
    defaultMessage: 'Show my {contact} to all workers',
  },
  save: { id: 'Save this job', defaultMessage: 'Save this job' },
  cancel: { id: 'Cancel', defaultMessage: 'Cancel' },
});

const CONTACTS = [
  { key: 'email', type: 'email', autoComplete: 'email' },
  { key: 'phone', type: 'tel', autoComplete: 'tel' },
  { key: 'mobile', type: 'tel', autoComplete: 'tel' },
];
const EMPTY_FUNCTION = { function: '', complement: '', speciality: '' };

/** The form's values from a job (serialized by plone.restapi), or empty. */
export const jobValues = (job = {}) => ({
  workplace: valueToken(job.workplace) || '',
  functions: (job.functions?.length ? job.functions : [EMPTY_FUNCTION]).map(
    (entry) => ({
      function: entry.function || '',
      complement: entry.complement || '',
      speciality: entry.speciality || '',
    }),
  ),
  ...Object.fromEntries(
    CONTACTS.flatMap(({ key }) => [
      [key, job[key] || ''],
      [`${key}_public`, Boolean(job[`${key}_public`])],
    ]),
  ),
});

/**
 * The JSON of a Job from the form's values; an empty contact is null (an
 * empty string is not a valid email address).
 */
export const jobBody = (values) => ({
  ...values,
  ...Object.fromEntries(
    CONTACTS.map(({ key }) => [key, values[key].trim() || null]),
  ),
  functions: values.functions.map((entry) => ({
    function: entry.function,
    complement: entry.complement || null,
    speciality: entry.speciality,
  })),
});

/**
 * Adding a job to the worker's profile (POST to `workerPath`) or changing
 * one (PATCH): workplace, functions (each with complement and speciality)
 * and the contacts of the job with whether each is public. `onSaved` runs
 * once the backend accepted it.
 */
const JobForm = ({ job, workerPath, onSaved, onCancel }) => {
  const intl = useIntl();
  const [values, setValues] = useState(() => jobValues(job || {}));
  const { loading, error, call } = useServiceCall();
  const problems = error?.fields || {};
  const id = job ? `job-${job.id || 'edit'}` : 'job-new';
  const set = (key) => (value) => setValues({ ...values, [key]: value });
  const setFunctions = (functions) => setValues({ ...values, functions });
  const setEntry = (index, key) => (value) =>
    setFunctions(
      values.functions.map((entry, position) =>
        position === index ? { ...entry, [key]: value } : entry,
      ),
    );

  const onSubmit = (event) => {
    event.preventDefault();
    const request = job
      ? call('patch', flattenToAppURL(job['@id']), jobBody(values))
      : call('post', workerPath, { '@type': 'Job', ...jobBody(values) });
    request.then(({ ok }) => ok && onSaved());
  };
  const labels = {
    workplace: intl.formatMessage(messages.workplace),
    functions: intl.formatMessage(messages.functions),
    ...Object.fromEntries(
      CONTACTS.map(({ key }) => [key, intl.formatMessage(messages[key])]),
    ),
  };

  return (
    <form
      className="ui form fmm-job-form"
      onSubmit={onSubmit}
      aria-busy={loading}
    >
      <FormErrors error={error} labels={labels} />
      <VocabularySelect
        id={`${id}-workplace`}
        vocabulary="fmm_extranet.Workplaces"
        label={labels.workplace}
        required
        emptyLabel={intl.formatMessage(messages.chooseWorkplace)}
        help={intl.formatMessage(messages.workplaceHelp)}
        error={problems.workplace}
        value={values.workplace}
        onChange={set('workplace')}
      />
      <fieldset
        className={`fmm-job-functions${problems.functions ? ' error' : ''}`}
        aria-describedby={`${id}-functions-help`}
      >
        <legend>{labels.functions}</legend>
        <small id={`${id}-functions-help`}>
          {problems.functions || intl.formatMessage(messages.functionsHelp)}
        </small>
        {values.functions.map((entry, index) => {
          const number = index + 1;
          const rowId = `${id}-function-${number}`;
          return (
            <fieldset key={index} className="fmm-job-function">
              <legend>
                {intl.formatMessage(messages.functionN, { number })}
              </legend>
              <VocabularySelect
                id={`${rowId}-function`}
                vocabulary="fmm_extranet.Functions"
                label={intl.formatMessage(messages.function)}
                required
                emptyLabel={intl.formatMessage(messages.chooseFunction)}
                value={entry.function}
                onChange={setEntry(index, 'function')}
              />
              <VocabularySelect
                id={`${rowId}-complement`}
                vocabulary="fmm_extranet.FunctionComplements"
                label={intl.formatMessage(messages.complement)}
                help={intl.formatMessage(messages.complementHelp)}
                emptyLabel={intl.formatMessage(messages.noComplement)}
                value={entry.complement}
                onChange={setEntry(index, 'complement')}
              />
              <InputField
                id={`${rowId}-speciality`}
                label={intl.formatMessage(messages.speciality)}
                help={intl.formatMessage(messages.specialityHelp)}
                value={entry.speciality}
                onChange={setEntry(index, 'speciality')}
              />
              {values.functions.length > 1 && (
                <Button
                  type="button"
                  basic
                  size="small"
                  onClick={() =>
                    setFunctions(
                      values.functions.filter(
                        (_, position) => position !== index,
                      ),
                    )
                  }
                >
                  {intl.formatMessage(messages.removeFunction, { number })}
                </Button>
              )}
            </fieldset>
          );
        })}
        <Button
          type="button"
          basic
          onClick={() => setFunctions([...values.functions, EMPTY_FUNCTION])}
        >
          {intl.formatMessage(messages.addFunction)}
        </Button>
      </fieldset>
      <fieldset
        className="fmm-job-contacts"
        aria-describedby={`${id}-contacts-help`}
      >
        <legend>{intl.formatMessage(messages.contacts)}</legend>
        <small id={`${id}-contacts-help`}>
          {intl.formatMessage(messages.contactsHelp)}
        </small>
        {CONTACTS.map(({ key, type, autoComplete }) => (
          <div key={key} className="fmm-job-contact">
            <InputField
              id={`${id}-${key}`}
              type={type}
              autoComplete={autoComplete}
              label={labels[key]}
              error={problems[key]}
              value={values[key]}
              onChange={set(key)}
            />
            <CheckboxField
              id={`${id}-${key}-public`}
              label={intl.formatMessage(messages.public, {
                contact: labels[key].toLowerCase(),
              })}
              checked={values[`${key}_public`]}
              onChange={set(`${key}_public`)}
            />
          </div>
        ))}
      </fieldset>
      <SubmitBar label={intl.formatMessage(messages.save)} loading={loading}>
        <Button type="button" basic onClick={onCancel}>
          {intl.formatMessage(messages.cancel)}
        </Button>
      </SubmitBar>
    </form>
  );
};

JobForm.propTypes = {
  job: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    id: PropTypes.string,
  }),
  workerPath: PropTypes.string.isRequired,
  onSaved: PropTypes.func.isRequired,
  onCancel: PropTypes.func.isRequired,
};

JobForm.defaultProps = {
  job: null,
};

export default JobForm;
