import { useState } from 'react';
import { fireEvent, screen } from '@testing-library/react';
import FiltersForm from './FiltersForm';
import {
  CheckboxField,
  InputField,
  RadioGroup,
  SelectField,
  VocabularySelect,
} from './Field';
import { renderWithStore } from '../../../helpers/testing';

/** Renders a field kept in state, and shows the value it reports. */
const Controlled = ({ Component, initial, ...props }) => {
  const [value, setValue] = useState(initial);
  const valueProp = Component === CheckboxField ? 'checked' : 'value';
  return (
    <>
      <Component {...props} {...{ [valueProp]: value }} onChange={setValue} />
      <output>{JSON.stringify(value)}</output>
    </>
  );
};

describe('form fields', () => {
  it('labels an input and reports its value', () => {
    renderWithStore(
      <Controlled
        Component={InputField}
        initial=""
        id="name"
        label="Name"
        required
        help="As on your identity card"
        autoComplete="name"
      />,
    );
    const input = screen.getByLabelText('Name');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('autocomplete', 'name');
    expect(input).toHaveAccessibleDescription('As on your identity card');
    expect(input.closest('.field')).toHaveClass('required');
    fireEvent.change(input, { target: { value: 'Anne' } });
    expect(screen.getByRole('status')).toHaveTextContent('"Anne"');
  });

  it('offers an empty choice and reports several selected values', () => {
    renderWithStore(
      <>
        <SelectField
          id="kind"
          label="Kind"
          emptyLabel="All kinds"
          value=""
          onChange={() => {}}
          options={[{ value: 'kit', label: 'Kit' }]}
        />
        <Controlled
          Component={SelectField}
          initial={[]}
          id="functions"
          label="Functions"
          multiple
          options={[
            { value: 'nurse', label: 'Nurse' },
            { value: 'gp', label: 'GP' },
          ]}
        />
      </>,
    );
    expect(
      screen.getAllByRole('option').map((option) => option.textContent),
    ).toEqual(['All kinds', 'Kit', 'Nurse', 'GP']);
    const functions = screen.getByLabelText('Functions');
    functions.options[0].selected = true;
    functions.options[1].selected = true;
    fireEvent.change(functions);
    expect(screen.getByRole('status')).toHaveTextContent('["nurse","gp"]');
  });

  it('puts the label of a checkbox after it', () => {
    renderWithStore(
      <Controlled
        Component={CheckboxField}
        initial={false}
        id="consent"
        label="I agree"
      />,
    );
    const checkbox = screen.getByLabelText('I agree');
    expect(checkbox.nextSibling).toHaveTextContent('I agree');
    expect(checkbox.closest('.field')).toHaveClass('inline');
    fireEvent.click(checkbox);
    expect(screen.getByRole('status')).toHaveTextContent('true');
  });

  it('groups radio buttons under a legend', () => {
    renderWithStore(
      <Controlled
        Component={RadioGroup}
        initial="a"
        name="scope"
        legend="Show"
        options={[
          { value: 'a', label: 'Some' },
          { value: 'b', label: 'All' },
        ]}
      />,
    );
    const group = screen.getByRole('group', { name: 'Show' });
    expect(group).toBeInTheDocument();
    expect(screen.getByLabelText('Some')).toBeChecked();
    fireEvent.click(screen.getByLabelText('All'));
    expect(screen.getByLabelText('All')).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('"b"');
  });

  it('selects among the terms of a vocabulary, once it is read', () => {
    const props = {
      id: 'category',
      vocabulary: 'fmm_extranet.DequapCategories',
      label: 'Category',
      emptyLabel: 'All categories',
      onChange: () => {},
    };
    const { store } = renderWithStore(<VocabularySelect {...props} />);
    expect(store.getActions()[0].request.path).toBe(
      '/@vocabularies/fmm_extranet.DequapCategories?b_start=0&b_size=-1',
    );
    expect(screen.queryByLabelText('Category')).toBeNull();
    renderWithStore(<VocabularySelect {...props} />, {
      state: {
        vocabularies: {
          'fmm_extranet.DequapCategories': {
            loaded: true,
            items: [{ value: 'gestion', label: 'Gestion' }],
          },
        },
      },
    });
    expect(screen.getByLabelText('Category')).toHaveDisplayValue(
      'All categories',
    );
    expect(screen.getByRole('option', { name: 'Gestion' })).toHaveValue(
      'gestion',
    );
  });
});

describe('FiltersForm', () => {
  it('is a search landmark applying on its button', () => {
    const onSubmit = jest.fn();
    renderWithStore(
      <FiltersForm label="News filters" onSubmit={onSubmit}>
        <input aria-label="Words" />
      </FiltersForm>,
    );
    expect(
      screen.getByRole('search', { name: 'News filters' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('has no button when its filters apply as they change', () => {
    renderWithStore(
      <FiltersForm label="Tool filters">
        <input aria-label="Words" />
      </FiltersForm>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    fireEvent.submit(screen.getByRole('search'));
  });
});
