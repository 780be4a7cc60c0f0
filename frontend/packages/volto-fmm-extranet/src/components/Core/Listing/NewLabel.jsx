import { defineMessages, useIntl } from 'react-intl';

const messages = defineMessages({
  new: { id: 'New', defaultMessage: 'New' },
});

/** "New": an item published since the worker last opened the space. */
const NewLabel = () => {
  const intl = useIntl();
  return <span className="fmm-new">{intl.formatMessage(messages.new)}</span>;
};

export default NewLabel;
