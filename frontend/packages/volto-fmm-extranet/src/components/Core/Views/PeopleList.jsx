import PropTypes from 'prop-types';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import { valueLabel } from '../../../helpers';

/**
 * Names of people (coordinators, managers): user ids, vocabulary terms
 * `{token, title}` or profile references `{'@id', title}` (linked).
 */
const PeopleList = ({ people }) => (
  <ul className="fmm-people">
    {people.map((person) => {
      const label = valueLabel(person);
      return (
        <li key={label}>
          {person?.['@id'] ? (
            <UniversalLink href={person['@id']}>{label}</UniversalLink>
          ) : (
            label
          )}
        </li>
      );
    })}
  </ul>
);

PeopleList.propTypes = {
  people: PropTypes.arrayOf(
    PropTypes.oneOfType([PropTypes.string, PropTypes.object]),
  ).isRequired,
};

export default PeopleList;
