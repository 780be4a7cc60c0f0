import PropTypes from 'prop-types';
import Pager from './Pager';
import RequestStatus from './RequestStatus';
import ResultCount from './ResultCount';

/**
 * The results area of a listing page: progress and failure feedback, then,
 * once loaded, the result count (with previous/next buttons when `onPage`
 * is given and there are several pages), then the results themselves.
 * Feedback and count sit in a live region that stays in the page, so that
 * screen readers announce them as they change; the results are marked busy
 * while a new answer is awaited.
 */
const Results = ({
  request: { loading, loaded, error },
  errorMessage,
  total,
  start,
  size,
  onPage,
  className,
  children,
}) => (
  <section className={['fmm-results', className].filter(Boolean).join(' ')}>
    <div className="fmm-results-status" aria-live="polite">
      <RequestStatus
        loading={loading}
        error={error}
        errorMessage={errorMessage}
      />
      {loaded &&
        (onPage ? (
          <Pager total={total} start={start} size={size} onChange={onPage} />
        ) : (
          <ResultCount total={total} />
        ))}
    </div>
    <div className="fmm-results-items" aria-busy={loading}>
      {children}
    </div>
  </section>
);

Results.propTypes = {
  /** State of the request: loading, loaded, error. */
  request: PropTypes.shape({
    loading: PropTypes.bool,
    loaded: PropTypes.bool,
    error: PropTypes.oneOfType([PropTypes.bool, PropTypes.object]),
  }).isRequired,
  errorMessage: PropTypes.string,
  total: PropTypes.number,
  start: PropTypes.number,
  size: PropTypes.number,
  onPage: PropTypes.func,
  className: PropTypes.string,
  children: PropTypes.node,
};

Results.defaultProps = {
  errorMessage: null,
  total: 0,
  start: 0,
  size: 20,
  onPage: null,
  className: null,
  children: null,
};

export default Results;
