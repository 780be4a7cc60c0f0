/**
 * `fmm_functions`: Volto's widget of `Job.functions` — the rows of the
 * worker's job form (function, complement, speciality) instead of raw JSON.
 * The value keeps its stored shape: `[{function, complement, speciality}]`.
 */
import PropTypes from 'prop-types';
import FunctionRows, {
  functionEntries,
  functionRows,
} from '../People/FunctionRows';
import './Widgets.less';

const FunctionsWidget = ({ id, title, value, error, onChange }) => (
  <div className="field fmm-functions-widget">
    <FunctionRows
      id={`field-${id}`}
      legend={title}
      error={error?.length ? error.join(' ') : null}
      rows={functionRows(value)}
      onChange={(rows) => onChange(id, functionEntries(rows))}
    />
  </div>
);

FunctionsWidget.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  value: PropTypes.arrayOf(PropTypes.object),
  error: PropTypes.arrayOf(PropTypes.string),
  onChange: PropTypes.func.isRequired,
};

FunctionsWidget.defaultProps = {
  value: null,
  error: null,
};

export default FunctionsWidget;
