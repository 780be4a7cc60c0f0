import { fireEvent, screen } from '@testing-library/react';
import { ItemRows } from './ItemList';
import PagedResults from './PagedResults';
import { renderWithStore } from '../../../helpers/testing';

const items = [
  { '@id': 'http://localhost:8080/Plone/actualites/ag', title: 'AG' },
  { '@id': 'http://localhost:8080/Plone/actualites/climat', title: 'Climat' },
];

const drawn = (item) => <li key={item['@id']}>{item.title}</li>;

const renderResults = (results, props = {}) =>
  renderWithStore(
    <PagedResults results={results} start={0} size={2} {...props}>
      {drawn}
    </PagedResults>,
  );

describe('PagedResults', () => {
  it('counts, pages and lists the items as cards', () => {
    const onPage = jest.fn();
    renderResults(
      { loaded: true, total: 5, items },
      { onPage, listClassName: 'fmm-news-list' },
    );
    expect(screen.getByRole('status')).toHaveTextContent('5 results (1–2)');
    const list = screen.getByRole('list');
    expect(list).toHaveClass('fmm-cards', 'fmm-news-list');
    expect(
      screen.getAllByRole('listitem').map((item) => item.textContent),
    ).toEqual(['AG', 'Climat']);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPage).toHaveBeenCalledWith(2);
  });

  it('lists in the list it is given', () => {
    renderResults(
      { loaded: true, total: 2, items },
      { onPage: jest.fn(), list: ItemRows, listClassName: 'fmm-ads' },
    );
    expect(screen.getByRole('list')).toHaveClass('fmm-item-list', 'fmm-ads');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('has no list when there is nothing, only the count', () => {
    renderResults({ loaded: true, total: 0, items: [] }, { onPage: jest.fn() });
    expect(screen.getByRole('status')).toHaveTextContent('No result');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows progress, busy, while searching', () => {
    const { container } = renderResults(
      { loading: true, items: [] },
      { onPage: jest.fn() },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(container.querySelector('.fmm-results-items')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  });
});
