import { fireEvent, screen } from '@testing-library/react';
import ChangePasswordPage from './ChangePasswordPage';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const type = (label, value) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('ChangePasswordPage', () => {
  const token = fakeToken({ sub: 'w-anne' });
  const render = (api) =>
    renderWithStore(<ChangePasswordPage />, {
      state: { userSession: { token } },
      api,
    });
  const fill = (current, password, confirm = password) => {
    type('Current password', current);
    type('New password', password);
    type('New password again', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Change my password' }));
  };

  it('changes the password with the current one', async () => {
    const api = jest.fn(() => null);
    render(api);
    expect(screen.getByLabelText('Current password')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
    expect(screen.getByLabelText('New password')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    expect(screen.getByLabelText('New password again')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    fill('ancien-secret', 'nouveau-secret-2026');
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/@users/w-anne/reset-password',
      data: {
        old_password: 'ancien-secret',
        new_password: 'nouveau-secret-2026',
      },
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your password is changed.',
    );
  });

  it('checks that both new passwords are the same', () => {
    const api = jest.fn();
    render(api);
    fill('ancien-secret', 'nouveau-secret-2026', 'autre');
    expect(api).not.toHaveBeenCalled();
    expect(screen.getByLabelText('New password again')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('says when the current password is wrong', async () => {
    render(() => {
      throw apiError(403, {
        error: { message: "The password passed as 'old_password' is wrong." },
      });
    });
    fill('pas-le-bon', 'nouveau-secret-2026');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your current password is not this one.',
    );
    expect(screen.getByLabelText('Current password')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
