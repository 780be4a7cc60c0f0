/**
 * `fmm_term_rows`: Volto's widget of the Extranet settings' vocabularies, whose
 * value is a list of `token|Label` lines — edited as rows of a token and a label,
 * added, removed and reordered. The value keeps its stored shape.
 */
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import './Admin.less';

const messages = defineMessages({
  token: { id: 'Token', defaultMessage: 'Token' },
  label: { id: 'Label', defaultMessage: 'Label' },
  tokenHelp: {
    id: 'Lowercase letters, digits and underscores; never change a token in use.',
    defaultMessage:
      'Lowercase letters, digits and underscores; never change a token in use.',
  },
  add: { id: 'Add a term', defaultMessage: 'Add a term' },
  up: { id: 'Move up: {label}', defaultMessage: 'Move up: {label}' },
  down: { id: 'Move down: {label}', defaultMessage: 'Move down: {label}' },
  remove: { id: 'Remove: {label}', defaultMessage: 'Remove: {label}' },
  row: { id: 'Term {number}', defaultMessage: 'Term {number}' },
});

/** `token|Label` → `{token, label}` (the label may hold `|`). */
export const termRow = (line) => {
  const [token, ...label] = (line || '').split('|');
  return { token, label: label.join('|') };
};

/** `{token, label}` → `token|Label`. */
export const termLine = ({ token, label }) => `${token}|${label}`;

const TermRowsWidget = ({
  id,
  title,
  description,
  required,
  value,
  error,
  onChange,
}) => {
  const intl = useIntl();
  const rows = (value || []).map(termRow);
  const save = (next) => onChange(id, next.map(termLine));
  const edit = (index, key) => (event) =>
    save(
      rows.map((row, i) =>
        i === index ? { ...row, [key]: event.target.value } : row,
      ),
    );
  const move = (index, offset) => {
    const next = [...rows];
    [next[index], next[index + offset]] = [next[index + offset], next[index]];
    save(next);
  };
  const base = `field-${id}`;
  const errorText = error?.length ? error.join(' ') : null;
  const nameOf = (row, index) =>
    row.label || intl.formatMessage(messages.row, { number: index + 1 });

  return (
    <fieldset
      className="field fmm-term-rows"
      aria-describedby={
        [description && `${base}-help`, errorText && `${base}-error`]
          .filter(Boolean)
          .join(' ') || undefined
      }
    >
      <legend>
        {title}
        {required && <span className="fmm-required-mark"> *</span>}
      </legend>
      {description && <p id={`${base}-help`}>{description}</p>}
      <p id={`${base}-token-help`} className="fmm-term-rows-help">
        {intl.formatMessage(messages.tokenHelp)}
      </p>
      <table className="ui very basic compact table">
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(messages.token)}</th>
            <th scope="col">{intl.formatMessage(messages.label)}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // eslint-disable-next-line react/no-array-index-key
            <tr key={index}>
              <td>
                <input
                  id={`${base}-${index}-token`}
                  aria-label={`${intl.formatMessage(messages.token)} (${nameOf(row, index)})`}
                  aria-describedby={`${base}-token-help`}
                  value={row.token}
                  pattern="[a-z0-9_]+"
                  required
                  onChange={edit(index, 'token')}
                />
              </td>
              <td>
                <input
                  id={`${base}-${index}-label`}
                  aria-label={`${intl.formatMessage(messages.label)} (${intl.formatMessage(messages.row, { number: index + 1 })})`}
                  value={row.label}
                  required
                  onChange={edit(index, 'label')}
                />
              </td>
              <td className="fmm-term-rows-actions">
                <Button
                  type="button"
                  basic
                  icon="arrow up"
                  disabled={index === 0}
                  aria-label={intl.formatMessage(messages.up, {
                    label: nameOf(row, index),
                  })}
                  onClick={() => move(index, -1)}
                />
                <Button
                  type="button"
                  basic
                  icon="arrow down"
                  disabled={index === rows.length - 1}
                  aria-label={intl.formatMessage(messages.down, {
                    label: nameOf(row, index),
                  })}
                  onClick={() => move(index, 1)}
                />
                <Button
                  type="button"
                  basic
                  icon="trash"
                  aria-label={intl.formatMessage(messages.remove, {
                    label: nameOf(row, index),
                  })}
                  onClick={() => save(rows.filter((_, i) => i !== index))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        type="button"
        onClick={() => save([...rows, { token: '', label: '' }])}
      >
        {intl.formatMessage(messages.add)}
      </Button>
      {errorText && (
        <small id={`${base}-error`} className="fmm-field-error" role="alert">
          {errorText}
        </small>
      )}
    </fieldset>
  );
};

TermRowsWidget.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  description: PropTypes.string,
  required: PropTypes.bool,
  value: PropTypes.arrayOf(PropTypes.string),
  error: PropTypes.arrayOf(PropTypes.string),
  onChange: PropTypes.func.isRequired,
};

TermRowsWidget.defaultProps = {
  description: null,
  required: false,
  value: null,
  error: null,
};

export default TermRowsWidget;
