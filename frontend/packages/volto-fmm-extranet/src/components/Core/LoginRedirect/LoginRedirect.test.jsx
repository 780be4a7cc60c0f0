import { screen, waitFor } from '@testing-library/react';
import { Route, Switch } from 'react-router-dom';
import LoginRedirect from './LoginRedirect';
import { fakeToken, renderWithStore } from '../../../helpers/testing';

// As in Volto, the error view is rendered by the content route only.
const app = (
  <Switch>
    <Route path="/login" render={() => 'Login form'} />
    <Route>
      <LoginRedirect />
    </Route>
  </Switch>
);

describe('LoginRedirect', () => {
  it('sends anonymous visitors to the login, coming back afterwards', () => {
    const { seen } = renderWithStore(app, {
      route: '/groupes-sectoriels/infirmiers?x=1',
    });
    expect(seen.location.pathname).toBe('/login');
    expect(screen.getByText('Login form')).toBeInTheDocument();
    expect(new URLSearchParams(seen.location.search).get('return_url')).toBe(
      '/groupes-sectoriels/infirmiers?x=1',
    );
  });

  it('tells logged-in users they may not see the page', async () => {
    const { seen } = renderWithStore(app, {
      state: { userSession: { token: fakeToken({ sub: 'anne' }) } },
      route: '/groupes-de-travail/secret',
    });
    expect(seen.location.pathname).toBe('/groupes-de-travail/secret');
    expect(
      screen.getByRole('heading', { name: 'Unauthorized' }),
    ).toBeInTheDocument();
    // A page title, as every page has (WCAG 2.4.2).
    await waitFor(() => expect(document.title).toBe('Unauthorized'));
  });
});
