import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import ResultCount from './ResultCount';
import messages from '../../../messages';

/**
 * Result count with previous/next buttons over a batched result set.
 */
const Pager = ({ total, start, size, onChange }) => {
  const intl = useIntl();
  const from = total === 0 ? 0 : start + 1;
  const to = Math.min(start + size, total);
  return (
    <div className="fmm-pager">
      <ResultCount
        total={total}
        range={total > size ? `${from}–${to}` : null}
      />
      {total > size && (
        <nav aria-label={intl.formatMessage(messages.pages)}>
          <Button
            type="button"
            basic
            disabled={start === 0}
            onClick={() => onChange(Math.max(start - size, 0))}
          >
            {intl.formatMessage(messages.previous)}
          </Button>
          <Button
            type="button"
            basic
            disabled={start + size >= total}
            onClick={() => onChange(start + size)}
          >
            {intl.formatMessage(messages.next)}
          </Button>
        </nav>
      )}
    </div>
  );
};

Pager.propTypes = {
  total: PropTypes.number.isRequired,
  start: PropTypes.number.isRequired,
  size: PropTypes.number.isRequired,
  onChange: PropTypes.func.isRequired,
};

export default Pager;
