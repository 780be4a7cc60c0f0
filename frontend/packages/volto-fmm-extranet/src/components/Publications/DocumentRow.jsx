import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import lockSVG from '@plone/volto/icons/lock.svg';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import DateTime from '../Core/Listing/DateTime';
import sharedMessages from '../../messages';

const messages = defineMessages({
  folderPath: { id: 'Folder path', defaultMessage: 'Folder path' },
});

const idOf = (url) => flattenToAppURL(url).replace(/[^a-zA-Z0-9]+/g, '-');

/**
 * One row of the Documents page: title (description on hover and focus, for
 * mouse and screen reader users alike), date, group, clickable folder path.
 * Documents the user may not open show a lock and no link.
 */
const DocumentRow = ({ item }) => {
  const intl = useIntl();
  const tooltipId = `doc-desc${idOf(item['@id'])}`;
  const described = item.description ? tooltipId : undefined;
  const folders = item.folder || [];

  return (
    <tr className={item.can_open ? 'fmm-doc' : 'fmm-doc locked'}>
      <th scope="row" className="fmm-doc-title">
        <span className="fmm-tooltip-anchor">
          {item.can_open ? (
            <UniversalLink
              href={item['@id']}
              title={item.description || undefined}
              aria-describedby={described}
            >
              {item.title}
            </UniversalLink>
          ) : (
            <span
              // Focusable when it has a description, so that keyboard users
              // can show its tooltip too.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={item.description ? 0 : undefined}
              title={item.description || undefined}
              aria-describedby={described}
            >
              <Icon
                name={lockSVG}
                size="18px"
                className="fmm-lock"
                title={intl.formatMessage(sharedMessages.restrictedAccess)}
              />
              {item.title}
              <span className="fmm-restricted">
                {' '}
                ({intl.formatMessage(sharedMessages.restrictedAccess)})
              </span>
            </span>
          )}
          {item.description && (
            <span role="tooltip" id={tooltipId} className="fmm-tooltip">
              {item.description}
            </span>
          )}
        </span>
      </th>
      <td>
        <DateTime date={item.date} />
      </td>
      <td>
        {item.group?.['@id'] && (
          <Link to={flattenToAppURL(item.group['@id'])}>
            {item.group.title}
          </Link>
        )}
      </td>
      <td>
        {folders.length > 0 && (
          <nav aria-label={intl.formatMessage(messages.folderPath)}>
            <ol className="fmm-folder-path">
              {folders.map((folder) => (
                <li key={folder['@id']}>
                  <Link to={flattenToAppURL(folder['@id'])}>
                    {folder.title}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
        )}
      </td>
    </tr>
  );
};

DocumentRow.propTypes = {
  item: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    title: PropTypes.string,
    description: PropTypes.string,
    date: PropTypes.string,
    group: PropTypes.shape({
      '@id': PropTypes.string,
      title: PropTypes.string,
    }),
    folder: PropTypes.arrayOf(
      PropTypes.shape({ '@id': PropTypes.string, title: PropTypes.string }),
    ),
    can_open: PropTypes.bool,
  }).isRequired,
};

export default DocumentRow;
