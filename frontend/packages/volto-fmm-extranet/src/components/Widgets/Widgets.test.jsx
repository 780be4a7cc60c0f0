import { useState } from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithStore } from '../../helpers/testing';
import PeopleWidget from './PeopleWidget';
import FunctionsWidget from './FunctionsWidget';
import { parseZone } from './geoJson';
import contextPath from './contextPath';

const people = {
  'people-picker-members': {
    loaded: true,
    data: {
      items: [
        {
          user_id: 'u-karim',
          title: 'Karim Bensaïd',
          houses: ['MM du Laveu'],
          active: true,
        },
        {
          user_id: 'u-kate',
          title: 'Kate Dumont',
          houses: ['MM des Marolles'],
          active: true,
        },
      ],
    },
  },
  'people-picker-members-held': {
    loaded: true,
    data: {
      items: [
        { user_id: 'u-anne', title: 'Anne Leroy', houses: [], active: true },
      ],
    },
  },
};

/** The widget inside a form that keeps its value, as Volto's Form does. */
const Controlled = ({ Widget, initial, onValue }) => {
  const [value, setValue] = useState(initial);
  return (
    <Widget
      id="members"
      title="Membres"
      value={value}
      onChange={(id, next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
};

describe('contextPath', () => {
  it('is the item edited or the container added to', () => {
    expect(contextPath('/groupes/gt/edit')).toBe('/groupes/gt');
    expect(contextPath('/groupes/add')).toBe('/groupes');
    expect(contextPath('/add')).toBe('');
  });
});

describe('PeopleWidget', () => {
  it('picks a person by name with the keyboard and removes one with its chip button', async () => {
    const onValue = jest.fn();
    const { store } = renderWithStore(
      <Controlled
        Widget={PeopleWidget}
        initial={[{ token: 'u-anne', title: 'u-anne' }]}
        onValue={onValue}
      />,
      { route: '/groupes-de-travail/gt/edit', state: { services: people } },
    );
    const chips = screen.getByRole('list');
    expect(within(chips).getByText('Anne Leroy')).toBeInTheDocument();
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'ka' } });
    const listbox = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(within(listbox).getAllByRole('option')).toHaveLength(2);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', 'members-person-1');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onValue).toHaveBeenLastCalledWith(['u-anne', 'u-kate']);
    expect(screen.getByText('Kate Dumont')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Anne Leroy' }));
    expect(onValue).toHaveBeenLastCalledWith(['u-kate']);
    const asked = store
      .getActions()
      .filter((action) => action.type === 'GET_SERVICE')
      .map((action) => action.request.path);
    expect(asked).toContain(
      '/groupes-de-travail/gt/@people-picker?user_id=u-anne',
    );
    expect(asked).toContain('/groupes-de-travail/gt/@people-picker?q=ka');
  });
});

describe('FunctionsWidget', () => {
  it('edits rows and keeps the stored shape of Job.functions', () => {
    const onValue = jest.fn();
    renderWithStore(
      <Controlled
        Widget={FunctionsWidget}
        initial={[
          { function: 'infirmier', complement: null, speciality: 'plaies' },
        ]}
        onValue={onValue}
      />,
      {
        state: {
          vocabularies: {
            'fmm_extranet.Functions': {
              loaded: true,
              items: [
                { value: 'infirmier', label: 'infirmier·ère' },
                { value: 'psychologue', label: 'psychologue' },
              ],
            },
            'fmm_extranet.FunctionComplements': {
              loaded: true,
              items: [{ value: 'mds', label: 'maître de stage' }],
            },
          },
        },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add a function' }));
    const [, second] = screen.getAllByLabelText(/Function \/ profession/);
    fireEvent.change(second, { target: { value: 'psychologue' } });
    const [, complement] = screen.getAllByLabelText(/Complement/);
    fireEvent.change(complement, { target: { value: 'mds' } });
    expect(onValue).toHaveBeenLastCalledWith([
      { function: 'infirmier', complement: null, speciality: 'plaies' },
      { function: 'psychologue', complement: 'mds', speciality: '' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove function 1' }));
    expect(onValue).toHaveBeenLastCalledWith([
      { function: 'psychologue', complement: 'mds', speciality: '' },
    ]);
  });
});

describe('parseZone', () => {
  it('accepts a polygon or nothing, refuses other JSON and non-JSON', () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [4, 50],
          [4.1, 50],
        ],
      ],
    };
    expect(parseZone(JSON.stringify(polygon))).toEqual({ value: polygon });
    expect(parseZone('  ')).toEqual({ value: null });
    expect(parseZone('{"type": "Point", "coordinates": [4, 50]}')).toEqual({
      problem: 'type',
    });
    expect(parseZone('{oops')).toEqual({ problem: 'json' });
  });
});
