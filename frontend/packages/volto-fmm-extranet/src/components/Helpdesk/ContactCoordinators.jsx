import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import MessageForm from './MessageForm';

const messages = defineMessages({
  contact: {
    id: 'Contact the coordinators',
    defaultMessage: 'Contact the coordinators',
  },
  askAccess: { id: 'Ask for access', defaultMessage: 'Ask for access' },
  hidden: {
    id: 'The extranet relays your message with a link to answer you: neither side sees the other’s address.',
    defaultMessage:
      'The extranet relays your message with a link to answer you: neither side sees the other’s address.',
  },
});

/**
 * "Contacter les coordinateur·rice·s" of a space, or, given an `item` (its
 * UID), "Demander l'accès" to that locked item of it: a button that opens a
 * message relayed by `<space>/@contact-coordinators`.
 */
const ContactCoordinators = ({ spacePath, item, itemTitle }) => {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const id = item ? `fmm-ask-access-${item}` : 'fmm-contact-coordinators';
  const label = intl.formatMessage(
    item ? messages.askAccess : messages.contact,
  );
  return (
    <div className={item ? 'fmm-ask-access' : 'fmm-contact-coordinators'}>
      <button
        type="button"
        className="ui basic button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
        {itemTitle && <span className="visually-hidden"> : {itemTitle}</span>}
      </button>
      {open && (
        <div id={id}>
          <MessageForm
            id={`${id}-form`}
            path={`${spacePath}/@contact-coordinators`}
            fields={item ? { item } : {}}
            help={intl.formatMessage(messages.hidden)}
          />
        </div>
      )}
    </div>
  );
};

ContactCoordinators.propTypes = {
  spacePath: PropTypes.string.isRequired,
  item: PropTypes.string,
  itemTitle: PropTypes.string,
};

ContactCoordinators.defaultProps = { item: null, itemTitle: null };

export default ContactCoordinators;
