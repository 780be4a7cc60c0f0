import reducers, { createRequestReducer, initialRequestState } from './index';
import { getDocuments, toQueryString } from '../actions';

describe('createRequestReducer', () => {
  const reducer = createRequestReducer('GET_THING', 'RESET_THING');

  it('starts empty', () => {
    expect(reducer(undefined, { type: '@@INIT' })).toEqual(initialRequestState);
  });

  it('tracks a request from pending to success', () => {
    const pending = reducer(undefined, { type: 'GET_THING_PENDING' });
    expect(pending.loading).toBe(true);
    const done = reducer(pending, {
      type: 'GET_THING_SUCCESS',
      result: { items: [1] },
    });
    expect(done).toEqual({
      loading: false,
      loaded: true,
      error: null,
      data: { items: [1] },
    });
  });

  it('keeps the error of a failed request and drops old data', () => {
    const state = reducer(
      { ...initialRequestState, loaded: true, data: { items: [1] } },
      { type: 'GET_THING_FAIL', error: { status: 404 } },
    );
    expect(state).toEqual({
      loading: false,
      loaded: false,
      error: { status: 404 },
      data: null,
    });
  });

  it('resets on its reset action only', () => {
    const loaded = { ...initialRequestState, loaded: true, data: {} };
    expect(reducer(loaded, { type: 'RESET_THING' })).toEqual(
      initialRequestState,
    );
    expect(reducer(loaded, { type: 'OTHER' })).toBe(loaded);
    expect(createRequestReducer('GET_THING')(loaded, {})).toBe(loaded);
  });

  it('registers the extranet reducers', () => {
    expect(Object.keys(reducers).sort()).toEqual([
      'accountRequest',
      'documents',
      'myShortcuts',
    ]);
  });
});

describe('actions', () => {
  it('builds query strings from non-empty values', () => {
    expect(toQueryString({ a: 'x y', b: '', c: null, d: 0 })).toBe(
      '?a=x+y&d=0',
    );
    expect(toQueryString({})).toBe('');
  });

  it('asks @documents with the filters', () => {
    expect(getDocuments({ SearchableText: 'pv', group: '/g' }).request).toEqual(
      {
        op: 'get',
        path: '/@documents?SearchableText=pv&group=%2Fg',
      },
    );
  });
});
