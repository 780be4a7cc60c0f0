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
import FunctionRows, { functionEntries, functionRows } from './FunctionRows';
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

/** The form's values from a job (serialized by plone.restapi), or empty. */
export const jobValues = (job = {}) => ({
  workplace: valueToken(job.workplace) || '',
  functions: functionRows(job.functions),
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
  functions: functionEntries(values.functions),
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
      <FunctionRows
        id={id}
        legend={labels.functions}
        error={problems.functions}
        rows={values.functions}
        onChange={setFunctions}
      />
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
