import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import sharedMessages from '../../../messages';

/**
 * The filters of a listing page, as a labelled search landmark. With
 * `onSubmit`, the filters apply on the "Search" button (or Enter); without
 * it, they apply as they change and there is no button.
 */
const FiltersForm = ({ label, onSubmit, children }) => {
  const intl = useIntl();
  return (
    <form
      className="ui form fmm-filters"
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (onSubmit) {
          onSubmit();
        }
      }}
    >
      {children}
      {onSubmit && (
        <Button type="submit" primary>
          {intl.formatMessage(sharedMessages.search)}
        </Button>
      )}
    </form>
  );
};

FiltersForm.propTypes = {
  label: PropTypes.string.isRequired,
  onSubmit: PropTypes.func,
  children: PropTypes.node.isRequired,
};

FiltersForm.defaultProps = {
  onSubmit: null,
};

export default FiltersForm;
