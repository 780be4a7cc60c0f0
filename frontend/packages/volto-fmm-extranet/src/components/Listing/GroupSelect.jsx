import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import useSearch from './useSearch';
import { GROUP_TYPES } from '../../helpers';
import messages from '../../messages';

const GROUPS_QUERY = {
  portal_type: GROUP_TYPES,
  sort_on: 'sortable_title',
  b_size: 500,
};

/**
 * Select of a group space (intergroup, sectoral or working group, thematic
 * area), by path; lists the groups the catalog shows to the user.
 */
const GroupSelect = ({ id, value, onChange }) => {
  const intl = useIntl();
  const { items = [] } = useSearch('', GROUPS_QUERY, 'fmm-group-options');

  return (
    <div className="field">
      <label htmlFor={id}>{intl.formatMessage(messages.group)}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{intl.formatMessage(messages.allGroups)}</option>
        {items.map((group) => (
          <option key={group['@id']} value={flattenToAppURL(group['@id'])}>
            {group.title}
          </option>
        ))}
      </select>
    </div>
  );
};

GroupSelect.propTypes = {
  id: PropTypes.string.isRequired,
  value: PropTypes.string,
  onChange: PropTypes.func.isRequired,
};

GroupSelect.defaultProps = {
  value: '',
};

export default GroupSelect;
