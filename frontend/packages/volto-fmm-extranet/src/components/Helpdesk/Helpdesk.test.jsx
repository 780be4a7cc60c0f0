import { fireEvent, screen } from '@testing-library/react';
import ContactCoordinators from './ContactCoordinators';
import SupportForm from './SupportForm';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const houses = {
  'support-houses': {
    loaded: true,
    data: {
      workplaces: [
        { token: 'federation', title: 'Fédération des maisons médicales' },
        { token: 'uid-1', title: 'MM des Marolles (12)' },
      ],
    },
  },
};

describe('SupportForm', () => {
  it('asks a visitor who they are and sends it with the message', async () => {
    const api = jest.fn(() => ({ message: 'Votre message est envoyé.' }));
    renderWithStore(<SupportForm />, { api, state: { services: houses } });
    fireEvent.change(screen.getByLabelText(/First and last name/), {
      target: { value: 'Camille Durand' },
    });
    fireEvent.change(screen.getByLabelText(/Email address/), {
      target: { value: 'camille@example.net' },
    });
    fireEvent.change(screen.getByLabelText('Medical house'), {
      target: { value: 'uid-1' },
    });
    fireEvent.change(screen.getByLabelText(/Your message/), {
      target: { value: 'Mon lien a expiré.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/@support',
      data: {
        name: 'Camille Durand',
        email: 'camille@example.net',
        house: 'uid-1',
        message: 'Mon lien a expiré.',
      },
    });
    expect(
      await screen.findByText('Votre message est envoyé.'),
    ).toBeInTheDocument();
  });

  it('only asks a signed-in worker for the message', () => {
    const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });
    renderWithStore(<SupportForm />, { state: { userSession: { token } } });
    expect(screen.queryByLabelText(/Email address/)).toBeNull();
    expect(
      screen.getByText('We answer at the address of your account.'),
    ).toBeInTheDocument();
  });
});

describe('ContactCoordinators', () => {
  it('asks for access to a locked item and shows a refusal by its field', async () => {
    const api = jest.fn(() => {
      throw apiError(400, {
        type: 'BadRequest',
        message: 'Données invalides.',
        errors: [{ field: 'message', message: 'Écrivez votre message.' }],
      });
    });
    renderWithStore(
      <ContactCoordinators
        spacePath="/thematiques/t"
        item="uid-9"
        itemTitle="Dossier"
      />,
      { api },
    );
    const button = screen.getByRole('button', { name: /Ask for access/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/thematiques/t/@contact-coordinators',
      data: { item: 'uid-9', message: '' },
    });
    expect(
      await screen.findAllByText('Écrivez votre message.'),
    ).not.toHaveLength(0);
  });
});
