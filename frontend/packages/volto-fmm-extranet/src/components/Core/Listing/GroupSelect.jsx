import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import useSearch from './useSearch';
import { SelectField } from '../Form/Field';
import { GROUP_TYPES } from '../../../helpers';
import messages from '../../../messages';

const GROUPS_QUERY = {
  portal_type: GROUP_TYPES,
  sort_on: 'sortable_title',
  b_size: 500,
  metadata_fields: ['UID'],
};

const VALUES = {
  path: (group) => flattenToAppURL(group['@id']),
  UID: (group) => group.UID,
};

/**
 * Select of a group space (intergroup, sectoral or working group, thematic
 * area); lists the groups the catalog shows to the user. Its value is the
 * group's path (for a `path` query) or, with `by="UID"`, its UID (for the
 * `fmm_group` index: the content of that very space, or `fmm_groups`: also
 * what is tagged with it).
 */
const GroupSelect = ({ id, value, onChange, by }) => {
  const intl = useIntl();
  const { items = [] } = useSearch('', GROUPS_QUERY, 'fmm-group-options');

  return (
    <SelectField
      id={id}
      label={intl.formatMessage(messages.group)}
      emptyLabel={intl.formatMessage(messages.allGroups)}
      value={value}
      onChange={onChange}
      options={items.map((group) => ({
        value: VALUES[by](group),
        label: group.title,
      }))}
    />
  );
};

GroupSelect.propTypes = {
  id: PropTypes.string.isRequired,
  value: PropTypes.string,
  onChange: PropTypes.func.isRequired,
  by: PropTypes.oneOf(['path', 'UID']),
};

GroupSelect.defaultProps = {
  value: '',
  by: 'path',
};

export default GroupSelect;
