import { fireEvent, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import TermRowsWidget, { termLine, termRow } from './TermRowsWidget';

const VALUE = ['job_offer|Offre d’emploi', 'equipment|Matériel'];

const renderWidget = (onChange = jest.fn(), value = VALUE) => {
  render(
    <IntlProvider locale="en">
      <TermRowsWidget
        id="announcement_types"
        title="Announcement types"
        value={value}
        error={['Each line must read token|Label']}
        onChange={onChange}
      />
    </IntlProvider>,
  );
  return onChange;
};

describe('TermRowsWidget', () => {
  it('splits and joins the lines (a label may hold |)', () => {
    expect(termRow('a|b|c')).toEqual({ token: 'a', label: 'b|c' });
    expect(termLine({ token: 'a', label: 'b|c' })).toBe('a|b|c');
  });

  it('edits a row in place', () => {
    const onChange = renderWidget();
    expect(
      screen.getByRole('group', { name: /Announcement types/ }),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Label (Term 2)'), {
      target: { value: 'Matériel médical' },
    });
    expect(onChange).toHaveBeenCalledWith('announcement_types', [
      'job_offer|Offre d’emploi',
      'equipment|Matériel médical',
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('token|Label');
  });

  it('adds, removes and reorders rows', () => {
    const onChange = renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    expect(onChange).toHaveBeenLastCalledWith('announcement_types', [
      ...VALUE,
      '|',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Move up: Matériel' }));
    expect(onChange).toHaveBeenLastCalledWith('announcement_types', [
      VALUE[1],
      VALUE[0],
    ]);
    expect(
      screen.getByRole('button', { name: 'Move up: Offre d’emploi' }),
    ).toBeDisabled();
    fireEvent.click(
      screen.getByRole('button', { name: 'Remove: Offre d’emploi' }),
    );
    expect(onChange).toHaveBeenLastCalledWith('announcement_types', [VALUE[1]]);
  });
});
