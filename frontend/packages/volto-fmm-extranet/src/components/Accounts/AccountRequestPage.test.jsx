import { fireEvent, screen } from '@testing-library/react';
import AccountRequestPage from './AccountRequestPage';
import { renderWithStore } from '../../helpers/testing';

const vocabularies = {
  'fmm_extranet.Workplaces': {
    loaded: true,
    items: [
      { value: 'uid-mm-1', label: 'MM du Centre (12)' },
      { value: 'federation', label: 'Fédération' },
    ],
  },
  'fmm_extranet.Functions': {
    loaded: true,
    items: [
      { value: 'nurse', label: 'infirmier·ère' },
      { value: 'gp', label: 'médecin généraliste' },
    ],
  },
};

const fill = () => {
  fireEvent.change(screen.getByLabelText('First name'), {
    target: { value: 'Anne' },
  });
  fireEvent.change(screen.getByLabelText('Last name'), {
    target: { value: 'Dupont' },
  });
  fireEvent.change(screen.getByLabelText('Email'), {
    target: { value: 'anne@example.org' },
  });
  fireEvent.change(screen.getByLabelText('Workplace'), {
    target: { value: 'uid-mm-1' },
  });
};

describe('AccountRequestPage', () => {
  it('posts the request to @account-requests', () => {
    const { store } = renderWithStore(<AccountRequestPage />, {
      state: { vocabularies },
    });
    fill();
    const functions = screen.getByLabelText('Functions');
    functions.options[0].selected = true;
    fireEvent.change(functions);
    fireEvent.click(screen.getByLabelText(/I agree/));
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(store.getActions()).toContainEqual({
      type: 'SUBMIT_ACCOUNT_REQUEST',
      request: {
        op: 'post',
        path: '/@account-requests',
        data: {
          first_name: 'Anne',
          last_name: 'Dupont',
          email: 'anne@example.org',
          workplace: 'uid-mm-1',
          functions: ['nurse'],
          consent: true,
        },
      },
    });
  });

  it('loads the vocabularies and falls back to text fields', () => {
    const { store } = renderWithStore(<AccountRequestPage />);
    const paths = store
      .getActions()
      .filter((action) => action.type === 'GET_VOCABULARY')
      .map((action) => action.request.path);
    expect(paths).toEqual([
      '/@vocabularies/fmm_extranet.Workplaces?b_start=0&b_size=-1',
      '/@vocabularies/fmm_extranet.Functions?b_start=0&b_size=-1',
    ]);
    expect(screen.getByLabelText('Workplace').tagName).toBe('INPUT');
    expect(screen.getByLabelText('Functions').tagName).toBe('INPUT');
    expect(screen.getByLabelText('Email')).toBeRequired();
    expect(screen.getByLabelText(/I agree/)).toBeRequired();
  });

  it('shows progress while sending', () => {
    renderWithStore(<AccountRequestPage />, {
      state: {
        vocabularies,
        accountRequest: { loading: true, loaded: false, error: null },
      },
    });
    expect(
      screen.getByRole('button', { name: 'Send my request' }),
    ).toBeDisabled();
  });

  it('confirms a sent request', () => {
    renderWithStore(<AccountRequestPage />, {
      state: {
        vocabularies,
        accountRequest: { loading: false, loaded: true, error: null },
      },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your request has been sent.',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("shows the server's message when the request is refused", () => {
    renderWithStore(<AccountRequestPage />, {
      state: {
        vocabularies,
        accountRequest: {
          loading: false,
          loaded: false,
          error: {
            response: { body: { message: 'Cette adresse a déjà un compte.' } },
          },
        },
      },
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Cette adresse a déjà un compte.',
    );
  });
});
