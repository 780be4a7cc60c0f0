import { fireEvent, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import Facets from './Facets';

const FIELDS = [
  { name: 'portal_type', legend: 'Type' },
  { name: 'fmm_year', legend: 'Year' },
];

const renderFacets = (props) =>
  render(
    <IntlProvider locale="en">
      <Facets id="f" fields={FIELDS} onChange={() => {}} {...props} />
    </IntlProvider>,
  );

describe('Facets', () => {
  it('shows nothing without counts nor choices', () => {
    const { container } = renderFacets({ facets: null, chosen: {} });
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps a chosen value the answer no longer counts, to uncheck it', () => {
    const onChange = jest.fn();
    renderFacets({
      facets: { portal_type: [], fmm_year: [] },
      chosen: { fmm_year: ['2024', '2025'] },
      onChange,
    });
    expect(screen.queryByRole('group', { name: 'Type' })).toBeNull();
    const year = screen.getByRole('checkbox', { name: '2024 (0)' });
    expect(year).toBeChecked();
    fireEvent.click(year);
    expect(onChange).toHaveBeenCalledWith('fmm_year', ['2025']);
  });
});
