import { fireEvent, screen } from '@testing-library/react';
import ActivationPage from './ActivationPage';
import PasswordResetPage from './PasswordResetPage';
import { apiError, renderWithStore } from '../../helpers/testing';

const type = (label, value) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

const choosePassword = (password, confirm = password) => {
  type('New password', password);
  type('New password again', confirm);
};

describe('ActivationPage', () => {
  it('activates the account with the token of the link', async () => {
    const api = jest.fn(() => ({
      login: 'camille@example.net',
      message: 'Votre mot de passe est enregistré.',
    }));
    renderWithStore(<ActivationPage />, {
      route: '/activer-mon-compte?token=abc',
      api,
    });
    choosePassword('un-mot-de-passe-2026');
    fireEvent.click(
      screen.getByRole('button', { name: 'Activate my account' }),
    );
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/@account-activation',
      data: { token: 'abc', password: 'un-mot-de-passe-2026' },
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Votre mot de passe est enregistré.',
    );
    expect(
      screen.getByText('You log in with: camille@example.net'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/login',
    );
  });

  it('may change the email address to log in with', async () => {
    const api = jest.fn(() => ({}));
    renderWithStore(<ActivationPage />, {
      route: '/activer-mon-compte?token=abc',
      api,
    });
    expect(screen.queryByLabelText('New email address')).toBeNull();
    fireEvent.click(screen.getByLabelText('Log in with another email address'));
    type('New email address', 'camille@perso.example');
    choosePassword('un-mot-de-passe-2026');
    fireEvent.click(
      screen.getByRole('button', { name: 'Activate my account' }),
    );
    expect(api.mock.calls[0][0].data).toEqual({
      token: 'abc',
      password: 'un-mot-de-passe-2026',
      email: 'camille@perso.example',
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your password is saved.',
    );
  });

  it('sends the consent of a worker their team added', async () => {
    const api = jest.fn(() => ({}));
    renderWithStore(<ActivationPage />, {
      route: '/activer-mon-compte?token=abc',
      api,
    });
    fireEvent.click(screen.getByLabelText(/I agree that the federation/));
    choosePassword('un-mot-de-passe-2026');
    fireEvent.click(
      screen.getByRole('button', { name: 'Activate my account' }),
    );
    expect(api.mock.calls[0][0].data).toEqual({
      token: 'abc',
      password: 'un-mot-de-passe-2026',
      consent: true,
    });
    expect(
      await screen.findByText('Your password is saved.'),
    ).toBeInTheDocument();
  });

  it('checks that both passwords are the same before sending', () => {
    const api = jest.fn();
    renderWithStore(<ActivationPage />, {
      route: '/activer-mon-compte?token=abc',
      api,
    });
    choosePassword('un-mot-de-passe', 'un-autre');
    fireEvent.click(
      screen.getByRole('button', { name: 'Activate my account' }),
    );
    expect(api).not.toHaveBeenCalled();
    const confirm = screen.getByLabelText('New password again');
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription(
      'The two passwords are not the same.',
    );
  });

  it("shows the API's refusal, on the form and on the field", async () => {
    const api = () => {
      throw apiError(400, {
        type: 'BadRequest',
        message: 'Certains champs ne sont pas valides.',
        errors: [
          { field: 'password', message: 'Le mot de passe est trop court.' },
          { field: 'token', message: "Ce lien n'est plus valable." },
        ],
      });
    };
    renderWithStore(<ActivationPage />, {
      route: '/activer-mon-compte?token=old',
      api,
    });
    choosePassword('court');
    fireEvent.click(
      screen.getByRole('button', { name: 'Activate my account' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Certains champs ne sont pas valides.');
    expect(alert).toHaveTextContent(
      'New password: Le mot de passe est trop court.',
    );
    expect(alert).toHaveTextContent("Ce lien n'est plus valable.");
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'Your browser may offer to remember it. Le mot de passe est trop court.',
    );
  });

  it('needs the link of the email', () => {
    renderWithStore(<ActivationPage />, { route: '/activer-mon-compte' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This page only works through the link of the email you received.',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('PasswordResetPage', () => {
  it('sends a new-password link to an email address', async () => {
    const api = jest.fn(() => ({ message: 'Un email est en route.' }));
    renderWithStore(<PasswordResetPage />, {
      route: '/nouveau-mot-de-passe',
      api,
    });
    type('Email', 'anne@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(
      screen.getByRole('button', { name: 'Send me a link' }),
    ).toBeDisabled();
    expect(api.mock.calls[0][0]).toEqual({
      op: 'post',
      path: '/@password-reset',
      data: { email: 'anne@example.org' },
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Un email est en route.',
    );
  });

  it('says when too many links were asked', async () => {
    renderWithStore(<PasswordResetPage />, {
      route: '/passwordreset',
      api: () => {
        throw apiError(429, {});
      },
    });
    type('Email', 'anne@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Please try again in an hour.',
    );
  });

  it('sets the new password from the link, without any email field', async () => {
    const api = jest.fn(() => ({}));
    renderWithStore(<PasswordResetPage />, {
      route: '/nouveau-mot-de-passe?token=xyz',
      api,
    });
    expect(
      screen.getByRole('heading', { name: 'Choose a new password' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByLabelText('Log in with another email address'),
    ).toBeNull();
    choosePassword('un-mot-de-passe-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Save my password' }));
    expect(api.mock.calls[0][0].data).toEqual({
      token: 'xyz',
      password: 'un-mot-de-passe-2026',
    });
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Ask for a new link' }),
    ).toHaveAttribute('href', '/nouveau-mot-de-passe');
  });
});
