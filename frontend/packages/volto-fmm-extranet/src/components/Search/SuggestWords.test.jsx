import { useState } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import SuggestWords, { DELAY } from './SuggestWords';
import { fakeToken, renderWithStore } from '../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };
const suggested = {
  loading: false,
  loaded: true,
  error: null,
  data: {
    items: [
      {
        '@id': 'http://localhost:8080/Plone/a/dossier-sante',
        title: 'Dossier santé',
      },
      {
        '@id': 'http://localhost:8080/Plone/b/dossier-soins',
        title: 'Dossier soins',
      },
    ],
    items_total: 2,
  },
};

const Box = () => {
  const [value, setValue] = useState('');
  return <SuggestWords id="w" value={value} onChange={setValue} />;
};

const serviceRequests = (store) =>
  store
    .getActions()
    .filter((action) => action.type === 'GET_SERVICE')
    .map((action) => action.request.path);

describe('SuggestWords', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks for titles once typing pauses, from two letters', () => {
    const { store } = renderWithStore(<Box />, {
      state: loggedIn,
      route: '/search',
    });
    const box = screen.getByRole('combobox', { name: 'Words' });
    fireEvent.change(box, { target: { value: 'd' } });
    act(() => jest.advanceTimersByTime(DELAY));
    expect(serviceRequests(store)).toEqual([]);
    fireEvent.change(box, { target: { value: 'dos' } });
    act(() => jest.advanceTimersByTime(DELAY));
    expect(serviceRequests(store)).toEqual(['/@search-suggest?q=dos']);
  });

  it('lists the suggestions as options; arrows choose, Enter opens, Escape closes', () => {
    const { seen } = renderWithStore(<Box />, {
      state: { ...loggedIn, services: { 'fmm-search-suggest': suggested } },
      route: '/search',
    });
    const box = screen.getByRole('combobox', { name: 'Words' });
    fireEvent.change(box, { target: { value: 'dossier' } });
    act(() => jest.advanceTimersByTime(DELAY));
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Dossier santé',
      'Dossier soins',
    ]);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1].id);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(seen.location.pathname).toBe('/b/dossier-soins');
  });
});
