import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import lockSVG from '@plone/volto/icons/lock.svg';
import DateTime from '../Core/Listing/DateTime';
import NewLabel from '../Core/Listing/NewLabel';
import sharedMessages from '../../messages';
import ContactCoordinators from '../Helpdesk/ContactCoordinators';

const messages = defineMessages({
  folderPath: { id: 'Folder path', defaultMessage: 'Folder path' },
});

/** The folders between the group and a document, by title; linked when open. */
const FolderPath = ({ folders }) => {
  const intl = useIntl();
  return (
    <ol
      className="fmm-folder-path"
      aria-label={intl.formatMessage(messages.folderPath)}
    >
      {folders.map((folder) => (
        <li key={folder['@id'] || folder.title}>
          {folder['@id'] ? (
            <UniversalLink href={folder['@id']}>{folder.title}</UniversalLink>
          ) : (
            folder.title
          )}
        </li>
      ))}
    </ol>
  );
};

FolderPath.propTypes = {
  folders: PropTypes.arrayOf(
    PropTypes.shape({ '@id': PropTypes.string, title: PropTypes.string }),
  ).isRequired,
};

/**
 * A group's documents and pages (SPEC rule 7): every one is listed; those
 * the reader may not open show a lock, the words "restricted access" and
 * no link (the backend gives no address for them), and, in a space
 * (`spacePath`), a button to ask its coordinators for access; a "New"
 * label on those `isNew(item)` tells.
 */
const GroupDocuments = ({ items, spacePath, isNew }) => {
  const intl = useIntl();
  const restricted = intl.formatMessage(sharedMessages.restrictedAccess);
  return (
    <ul className="fmm-item-list fmm-group-documents">
      {items.map((item) => (
        <li
          key={item.UID}
          className={item.locked ? 'fmm-item locked' : 'fmm-item'}
        >
          {item.locked ? (
            <span className="fmm-item-title">
              <Icon
                name={lockSVG}
                size="18px"
                className="fmm-lock"
                ariaHidden
              />
              {item.title}
              <span className="fmm-restricted"> ({restricted})</span>
            </span>
          ) : (
            <UniversalLink href={item['@id']} className="fmm-item-title">
              {item.title}
            </UniversalLink>
          )}
          {isNew?.(item) && <NewLabel />}
          <div className="fmm-item-meta">
            <DateTime date={item.date} className="fmm-item-date" />
            {item.folder?.length > 0 && <FolderPath folders={item.folder} />}
          </div>
          {item.description && (
            <p className="fmm-item-description">{item.description}</p>
          )}
          {item.locked && spacePath && (
            <ContactCoordinators
              spacePath={spacePath}
              item={item.UID}
              itemTitle={item.title}
            />
          )}
        </li>
      ))}
    </ul>
  );
};

GroupDocuments.propTypes = {
  items: PropTypes.arrayOf(
    PropTypes.shape({
      UID: PropTypes.string.isRequired,
      '@id': PropTypes.string,
      title: PropTypes.string,
      description: PropTypes.string,
      date: PropTypes.string,
      locked: PropTypes.bool,
      folder: PropTypes.array,
    }),
  ).isRequired,
  spacePath: PropTypes.string,
  isNew: PropTypes.func,
};

GroupDocuments.defaultProps = { spacePath: null, isNew: null };

export default GroupDocuments;
