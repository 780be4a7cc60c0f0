import reducers, {
  createRequestReducer,
  createSubrequestReducer,
  initialRequestState,
} from './index';
import { getService, resetService } from '../actions';
import { toQueryString } from '../helpers/queryString';

describe('createRequestReducer', () => {
  const reducer = createRequestReducer('GET_THING');

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

  it('ignores other actions', () => {
    const loaded = { ...initialRequestState, loaded: true, data: {} };
    expect(reducer(loaded, { type: 'OTHER' })).toBe(loaded);
    expect(reducer(loaded, {})).toBe(loaded);
  });

  it('registers the extranet reducers', () => {
    expect(Object.keys(reducers)).toEqual(['services']);
  });
});

describe('createSubrequestReducer', () => {
  const reducer = createSubrequestReducer('GET_SERVICE', 'RESET_SERVICE');
  const pending = (key, path) => ({
    ...getService(key, path),
    type: 'GET_SERVICE_PENDING',
  });
  const success = (key, path, result) => ({
    ...getService(key, path),
    type: 'GET_SERVICE_SUCCESS',
    result,
  });

  it('keeps each subrequest apart', () => {
    let state = reducer(undefined, pending('a', '/@tools'));
    state = reducer(state, pending('b', '/@formations'));
    state = reducer(state, success('a', '/@tools', { items: [1] }));
    expect(state.a).toEqual({
      loading: false,
      loaded: true,
      error: null,
      data: { items: [1] },
      path: '/@tools',
    });
    expect(state.b.loading).toBe(true);
  });

  it('ignores the late answer of a replaced request', () => {
    let state = reducer(undefined, pending('a', '/@tools?dequap=x'));
    state = reducer(state, pending('a', '/@tools?dequap=y'));
    const late = reducer(state, success('a', '/@tools?dequap=x', {}));
    expect(late).toBe(state);
    const failed = reducer(state, {
      ...getService('a', '/@tools?dequap=y'),
      type: 'GET_SERVICE_FAIL',
      error: { status: 400 },
    });
    expect(failed.a).toMatchObject({ loaded: false, error: { status: 400 } });
  });

  it('forgets a subrequest on reset and ignores other actions', () => {
    const state = reducer(
      reducer(undefined, pending('a', '/x')),
      success('a', '/x', {}),
    );
    expect(state.a.loaded).toBe(true);
    expect(reducer(state, resetService('a'))).toEqual({});
    expect(reducer(state, { type: 'GET_SERVICE_PENDING' })).toBe(state);
    expect(reducer(state, { type: 'OTHER', subrequest: 'a' })).toBe(state);
  });
});

describe('toQueryString', () => {
  it('builds query strings from non-empty values', () => {
    expect(toQueryString({ a: 'x y', b: '', c: null, d: 0 })).toBe(
      '?a=x+y&d=0',
    );
    expect(toQueryString({})).toBe('');
    expect(toQueryString({ a: ['1', '', '2'], b: [] })).toBe('?a=1&a=2');
  });
});
