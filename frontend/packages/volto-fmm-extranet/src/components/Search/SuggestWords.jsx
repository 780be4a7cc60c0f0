import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { useHistory } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import useService from '../Core/Listing/useService';
import { Field } from '../Core/Form/Field';
import { toQueryString } from '../../helpers/queryString';
import sharedMessages from '../../messages';

const messages = defineMessages({
  suggestions: { id: 'Suggested titles', defaultMessage: 'Suggested titles' },
  count: {
    id: '{count, plural, =0 {No suggestion} one {# suggestion} other {# suggestions}}',
    defaultMessage:
      '{count, plural, =0 {No suggestion} one {# suggestion} other {# suggestions}}',
  },
});

/** Letters typed before titles are suggested, and the pause before asking. */
export const MIN_LETTERS = 2;
export const DELAY = 250;

/**
 * The words of the search page, as an ARIA combobox: titles beginning with
 * what is typed (`@search-suggest`, only what the person may open) are
 * listed below; arrows move through them, Enter or a click opens one,
 * Escape closes the list. Enter without a suggestion chosen searches.
 */
const SuggestWords = ({ id, value, onChange }) => {
  const intl = useIntl();
  const history = useHistory();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // Ask once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setTyped(value.trim()), DELAY);
    return () => clearTimeout(timer);
  }, [value]);

  const { data } = useService(
    'fmm-search-suggest',
    typed.length >= MIN_LETTERS
      ? `/@search-suggest${toQueryString({ q: typed })}`
      : null,
  );
  const items = (typed.length >= MIN_LETTERS && data?.items) || [];
  const expanded = open && items.length > 0;
  const listId = `${id}-suggestions`;
  const optionId = (index) => `${listId}-${index}`;

  const choose = (item) => {
    setOpen(false);
    history.push(flattenToAppURL(item['@id']));
  };

  const onKeyDown = (event) => {
    if (event.key === 'ArrowDown' && items.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? items.length - 1 : index - 1));
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    }
  };

  return (
    <Field
      id={id}
      label={intl.formatMessage(sharedMessages.words)}
      className="fmm-suggest"
    >
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={
          expanded && active >= 0 ? optionId(active) : undefined
        }
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={intl.formatMessage(messages.suggestions)}
        className="fmm-suggestions"
        hidden={!expanded}
      >
        {items.map((item, index) => (
          <li
            key={item['@id']}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: it comes before the input's blur
            onMouseDown={(event) => {
              event.preventDefault();
              choose(item);
            }}
          >
            {item.title}
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status">
        {open && typed.length >= MIN_LETTERS
          ? intl.formatMessage(messages.count, { count: items.length })
          : ''}
      </span>
    </Field>
  );
};

SuggestWords.propTypes = {
  id: PropTypes.string.isRequired,
  value: PropTypes.string,
  onChange: PropTypes.func.isRequired,
};

SuggestWords.defaultProps = {
  value: '',
};

export default SuggestWords;
