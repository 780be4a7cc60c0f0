/**
 * People picked by name (`fmm_people`): the fields holding user ids (a
 * space's members and coordinators, a house's managers). The editor types a
 * name, picks among the active workers found (`@people-picker`, a combobox
 * with its listbox, keyboard usable), and sees the people held as chips with
 * their name and house, each with a button to remove it. The value stays the
 * list of user ids: plone.restapi gives a stored one as `{token, title}` (a
 * term of plone.app.vocabularies.Users), the widget sends back tokens.
 */
import { useEffect, useMemo, useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { useLocation } from 'react-router-dom';
import FormFieldWrapper from '@plone/volto/components/manage/Widgets/FormFieldWrapper';
import useService from '../Core/Listing/useService';
import contextPath from './contextPath';
import './Widgets.less';

const messages = defineMessages({
  placeholder: {
    id: 'Type a name (two letters at least)',
    defaultMessage: 'Type a name (two letters at least)',
  },
  remove: { id: 'Remove {name}', defaultMessage: 'Remove {name}' },
  found: {
    id: '{count, plural, =0 {Nobody found.} one {# person found.} other {# people found.}}',
    defaultMessage:
      '{count, plural, =0 {Nobody found.} one {# person found.} other {# people found.}}',
  },
  nobody: { id: 'Nobody chosen yet.', defaultMessage: 'Nobody chosen yet.' },
  inactive: { id: 'inactive account', defaultMessage: 'inactive account' },
  searchFailed: {
    id: 'The search failed: {message}',
    defaultMessage: 'The search failed: {message}',
  },
});

const MIN_QUERY = 2;
const NO_ITEMS = [];

/** The user id of a value's entry: a token, or a term `{token, title}`. */
export const userIdOf = (entry) =>
  entry && typeof entry === 'object' ? entry.token : entry;

const pickerPath = (base, query) => `${base}/@people-picker?${query}`;

/** "Name (house, house)" of a person the picker knows. */
const Person = ({ person, intl }) => (
  <>
    <span className="fmm-person-name">{person.title}</span>
    {person.houses?.length > 0 && (
      <span className="fmm-person-houses"> — {person.houses.join(', ')}</span>
    )}
    {person.active === false && (
      <span className="fmm-person-houses">
        {' '}
        ({intl.formatMessage(messages.inactive)})
      </span>
    )}
  </>
);

const PeopleWidget = (props) => {
  const { id, value, onChange } = props;
  const intl = useIntl();
  const held = useMemo(() => (value || NO_ITEMS).map(userIdOf), [value]);
  const base = contextPath(useLocation().pathname);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [known, setKnown] = useState({});

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const searching = query.length >= MIN_QUERY;
  const search = useService(
    `people-picker-${id}`,
    searching ? pickerPath(base, `q=${encodeURIComponent(query)}`) : null,
  );
  const unnamed = held.filter((userId) => !known[userId]);
  const names = useService(
    `people-picker-${id}-held`,
    unnamed.length
      ? pickerPath(
          base,
          unnamed.map((u) => `user_id=${encodeURIComponent(u)}`).join('&'),
        )
      : null,
  );

  useEffect(() => {
    const items = names.data?.items;
    if (items) {
      setKnown((before) => ({
        ...before,
        ...Object.fromEntries(items.map((p) => [p.user_id, p])),
      }));
    }
  }, [names.data]);

  const options = useMemo(
    () =>
      searching && !search.loading
        ? (search.data?.items || NO_ITEMS).filter(
            (person) => !held.includes(person.user_id),
          )
        : NO_ITEMS,
    [searching, search.loading, search.data, held],
  );
  const expanded = open && searching && options.length > 0;
  const listbox = `${id}-people-listbox`;
  const optionId = (index) => `${id}-person-${index}`;

  const pick = (person) => {
    setKnown((before) => ({ ...before, [person.user_id]: person }));
    onChange(id, [...held, person.user_id]);
    setText('');
    setQuery('');
    setActive(-1);
  };
  const remove = (userId) =>
    onChange(
      id,
      held.filter((other) => other !== userId),
    );

  const onKeyDown = (event) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
    } else if (event.key === 'Enter') {
      // Enter picks the highlighted person, never submits the whole form.
      event.preventDefault();
      if (expanded && options[active]) pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <FormFieldWrapper {...props} className="fmm-people">
      {held.length ? (
        <ul className="fmm-chips">
          {held.map((userId) => {
            const person = known[userId] || { title: userId };
            return (
              <li key={userId} className="fmm-chip">
                <Person person={person} intl={intl} />
                <button
                  type="button"
                  className="fmm-chip-remove"
                  aria-label={intl.formatMessage(messages.remove, {
                    name: person.title,
                  })}
                  onClick={() => remove(userId)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="fmm-chips-empty">{intl.formatMessage(messages.nobody)}</p>
      )}
      <div className="fmm-combobox">
        <input
          id={`field-${id}`}
          name={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listbox}
          aria-activedescendant={
            expanded && active >= 0 ? optionId(active) : undefined
          }
          placeholder={intl.formatMessage(messages.placeholder)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul
          id={listbox}
          role="listbox"
          aria-label={props.title}
          className="fmm-listbox"
          hidden={!expanded}
        >
          {options.map((person, index) => (
            <li
              key={person.user_id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(event) => {
                event.preventDefault();
                pick(person);
              }}
            >
              <Person person={person} intl={intl} />
            </li>
          ))}
        </ul>
        <div role="status" className="visually-hidden">
          {searching && !search.loading && search.data
            ? intl.formatMessage(messages.found, { count: options.length })
            : ''}
        </div>
        {search.error && (
          <p className="fmm-widget-error" role="alert">
            {intl.formatMessage(messages.searchFailed, {
              message: search.error.message,
            })}
          </p>
        )}
      </div>
    </FormFieldWrapper>
  );
};

PeopleWidget.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  value: PropTypes.arrayOf(PropTypes.string),
  onChange: PropTypes.func.isRequired,
};

export default PeopleWidget;
