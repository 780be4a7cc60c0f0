import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import './Facets.less';

const messages = defineMessages({
  refine: { id: 'Refine the results', defaultMessage: 'Refine the results' },
});

/**
 * The entries of one facet: those counted, plus the values chosen that the
 * answer does not count (so that they can be unchecked).
 */
const entriesOf = (counted = [], chosen = []) => [
  ...counted,
  ...chosen
    .filter((value) => !counted.some((entry) => entry.value === value))
    .map((value) => ({ value, title: value, count: 0 })),
];

/**
 * Facets of a search answer (`{field: [{value, title, count}]}`) as groups of
 * checkboxes with their counts, one fieldset per facet, in a labelled
 * complementary region. Checking or unchecking a value calls
 * `onChange(field, values)` with the values now chosen for that field.
 */
const Facets = ({ id, facets, fields, chosen, onChange }) => {
  const intl = useIntl();
  const groups = fields
    .map(({ name, legend }) => ({
      name,
      legend,
      entries: entriesOf(facets?.[name], [].concat(chosen[name] ?? [])),
    }))
    .filter(({ entries }) => entries.length > 0);
  if (groups.length === 0) {
    return null;
  }
  return (
    <aside
      className="fmm-facets"
      aria-label={intl.formatMessage(messages.refine)}
    >
      {groups.map(({ name, legend, entries }) => {
        const values = [].concat(chosen[name] ?? []);
        return (
          <fieldset key={name} className="fmm-facet">
            <legend>{legend}</legend>
            <ul>
              {entries.map((entry, index) => {
                const inputId = `${id}-${name}-${index}`;
                const checked = values.includes(entry.value);
                return (
                  <li key={entry.value}>
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={checked}
                      onChange={() =>
                        onChange(
                          name,
                          checked
                            ? values.filter((value) => value !== entry.value)
                            : [...values, entry.value],
                        )
                      }
                    />
                    <label htmlFor={inputId}>
                      {entry.title}{' '}
                      <span className="fmm-facet-count">({entry.count})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </aside>
  );
};

Facets.propTypes = {
  /** Prefix of the checkboxes' ids. */
  id: PropTypes.string.isRequired,
  /** The answer's facets: `{field: [{value, title, count}]}`. */
  facets: PropTypes.objectOf(
    PropTypes.arrayOf(
      PropTypes.shape({
        value: PropTypes.string.isRequired,
        title: PropTypes.string.isRequired,
        count: PropTypes.number.isRequired,
      }),
    ),
  ),
  /** The facets shown, in order: `{name, legend}`. */
  fields: PropTypes.arrayOf(
    PropTypes.shape({
      name: PropTypes.string.isRequired,
      legend: PropTypes.string.isRequired,
    }),
  ).isRequired,
  /** The values chosen, by field (a string or an array of strings). */
  chosen: PropTypes.object.isRequired,
  onChange: PropTypes.func.isRequired,
};

Facets.defaultProps = {
  facets: null,
};

export default Facets;
