/**
 * The functions of a job as rows: function (from the functions of the
 * settings), complement and speciality, with buttons to add and remove rows.
 * Used by the worker's job form and by Volto's edit form of a Job
 * (Widgets/FunctionsWidget).
 */
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import { InputField, VocabularySelect } from '../Core/Form/Field';

const messages = defineMessages({
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
});

const EMPTY_FUNCTION = { function: '', complement: '', speciality: '' };

/** The rows of the stored entries (`Job.functions`); one empty row when none. */
export const functionRows = (entries) =>
  (entries?.length ? entries : [EMPTY_FUNCTION]).map((entry) => ({
    function: entry.function || '',
    complement: entry.complement || '',
    speciality: entry.speciality || '',
  }));

/** The stored entries of the rows: no complement is null. */
export const functionEntries = (rows) =>
  rows.map((entry) => ({
    function: entry.function,
    complement: entry.complement || null,
    speciality: entry.speciality,
  }));

const FunctionRows = ({ id, legend, error, rows, onChange }) => {
  const intl = useIntl();
  const setEntry = (index, key) => (value) =>
    onChange(
      rows.map((entry, position) =>
        position === index ? { ...entry, [key]: value } : entry,
      ),
    );

  return (
    <fieldset
      className={`fmm-job-functions${error ? ' error' : ''}`}
      aria-describedby={`${id}-functions-help`}
    >
      <legend>{legend}</legend>
      <small id={`${id}-functions-help`}>
        {error || intl.formatMessage(messages.functionsHelp)}
      </small>
      {rows.map((entry, index) => {
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
            {rows.length > 1 && (
              <Button
                type="button"
                basic
                size="small"
                onClick={() =>
                  onChange(rows.filter((_, position) => position !== index))
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
        onClick={() => onChange([...rows, EMPTY_FUNCTION])}
      >
        {intl.formatMessage(messages.addFunction)}
      </Button>
    </fieldset>
  );
};

FunctionRows.propTypes = {
  id: PropTypes.string.isRequired,
  legend: PropTypes.string.isRequired,
  error: PropTypes.string,
  rows: PropTypes.arrayOf(
    PropTypes.shape({
      function: PropTypes.string,
      complement: PropTypes.string,
      speciality: PropTypes.string,
    }),
  ).isRequired,
  onChange: PropTypes.func.isRequired,
};

FunctionRows.defaultProps = {
  error: null,
};

export default FunctionRows;
