import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import FiltersForm from '../Form/FiltersForm';
import {
  InputField,
  RadioGroup,
  SelectField,
  VocabularySelect,
  WordsField,
} from '../Form/Field';
import GroupSelect from './GroupSelect';

const messages = defineMessages({
  from: { id: 'From', defaultMessage: 'From' },
  to: { id: 'To', defaultMessage: 'To' },
});

/**
 * The controls a filter can be, by kind. Each gets `id`, `value` and
 * `onChange`, plus the other props of its description.
 */
const CONTROLS = {
  words: WordsField,
  text: InputField,
  date: (props) => <InputField {...props} type="date" />,
  group: GroupSelect,
  select: SelectField,
  vocabulary: VocabularySelect,
  radio: ({ id, label, ...props }) => (
    <RadioGroup {...props} name={id} legend={label} />
  ),
};

/**
 * Descriptions of the two filters of a date range, `start` and `end`: "From"
 * and "To" (the date pages ask for).
 * @returns {Array} Two filter descriptions of the `date` kind.
 */
export const useDateRange = () => {
  const intl = useIntl();
  return [
    { name: 'start', kind: 'date', label: intl.formatMessage(messages.from) },
    { name: 'end', kind: 'date', label: intl.formatMessage(messages.to) },
  ];
};

/**
 * The filters form of every listing page, from the description of its
 * filters: `{name, kind, ...props}` where `name` is the URL parameter
 * (`useFilters`), `kind` one of words, text, date, group, select,
 * vocabulary, radio, and the other props go to the control. Controls are identified as
 * `<id>-<name>` (`<id>-words` for the words).
 */
const ListingFilters = ({
  id,
  label,
  fields,
  filters,
  setFilter,
  onSubmit,
}) => (
  <FiltersForm label={label} onSubmit={onSubmit}>
    {fields.map(({ name, kind, ...props }) => {
      const Control = CONTROLS[kind];
      return (
        <Control
          key={name}
          id={`${id}-${kind === 'words' ? 'words' : name}`}
          value={filters[name] ?? ''}
          onChange={setFilter(name)}
          {...props}
        />
      );
    })}
  </FiltersForm>
);

ListingFilters.propTypes = {
  /** Prefix of the controls' ids. */
  id: PropTypes.string.isRequired,
  /** Name of the search landmark. */
  label: PropTypes.string.isRequired,
  fields: PropTypes.arrayOf(
    PropTypes.shape({
      name: PropTypes.string.isRequired,
      kind: PropTypes.oneOf(Object.keys(CONTROLS)).isRequired,
    }),
  ).isRequired,
  /** Form values by name (`useFilters`). */
  filters: PropTypes.objectOf(PropTypes.string).isRequired,
  /** `setFilter(name)(value)` (`useFilters`). */
  setFilter: PropTypes.func.isRequired,
  /** Applies the filters (their "Search" button); without it, none. */
  onSubmit: PropTypes.func,
};

ListingFilters.defaultProps = {
  onSubmit: null,
};

export default ListingFilters;
