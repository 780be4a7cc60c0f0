import PropTypes from 'prop-types';
import { hasValue } from '../../../helpers';

/**
 * Definition list of labelled details; rows without a value are left out,
 * so fields the reader may not see (absent from the JSON) never show.
 */
const DetailList = ({ rows }) => {
  const shown = rows.filter((row) => hasValue(row.value));
  if (shown.length === 0) {
    return null;
  }
  return (
    <dl className="fmm-details">
      {shown.map((row) => (
        <div key={row.label} className="fmm-detail">
          <dt>{row.label}</dt>
          <dd>{row.display ?? row.value}</dd>
        </div>
      ))}
    </dl>
  );
};

DetailList.propTypes = {
  rows: PropTypes.arrayOf(
    PropTypes.shape({
      label: PropTypes.string.isRequired,
      value: PropTypes.any,
      display: PropTypes.node,
    }),
  ).isRequired,
};

export default DetailList;
