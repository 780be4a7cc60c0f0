import { MAX_DELAY, persistAuthToken } from './AuthToken';
import { fakeToken } from '../../../../helpers/testing';

const DAY = 24 * 3600 * 1000;

/** A store holding a token that expires in `lifetime` ms. */
const storeWith = (lifetime) => {
  const token = fakeToken({
    sub: 'w-anne',
    exp: Math.floor((Date.now() + lifetime) / 1000),
  });
  return {
    getState: () => ({
      userSession: { token },
      router: { location: { pathname: '/' } },
    }),
    subscribe: jest.fn(),
    dispatch: jest.fn(),
  };
};

const renewals = (store) =>
  store.dispatch.mock.calls.filter(([action]) => action.type === 'LOGIN_RENEW');

describe('persistAuthToken', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('does not renew a 30-day session (« Se souvenir de moi ») at once', () => {
    const store = storeWith(30 * DAY);
    persistAuthToken(store);
    jest.advanceTimersByTime(60 * 1000);
    expect(renewals(store)).toEqual([]);
    jest.advanceTimersByTime(MAX_DELAY);
    expect(renewals(store)).toHaveLength(1);
  });

  it('renews a 2-hour session at 90% of its life, as Volto does', () => {
    const store = storeWith(2 * 3600 * 1000);
    persistAuthToken(store);
    jest.advanceTimersByTime(1.7 * 3600 * 1000);
    expect(renewals(store)).toEqual([]);
    jest.advanceTimersByTime(0.2 * 3600 * 1000);
    expect(renewals(store)).toHaveLength(1);
  });
});
