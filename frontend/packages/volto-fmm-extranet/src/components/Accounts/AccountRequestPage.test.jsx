import { fireEvent, screen, within } from '@testing-library/react';
import AccountRequestPage, {
  folded,
  matchingWorkplaces,
} from './AccountRequestPage';
import { apiError, renderWithStore } from '../../helpers/testing';

/** What `@account-request-form` answers (see the backend's test). */
const FORM = {
  workplaces: [
    {
      token: 'federation',
      title: 'Fédération des maisons médicales',
      municipality: null,
    },
    {
      token: 'uid-marolles',
      title: 'Maison médicale des Marolles (201)',
      municipality: 'Bruxelles',
    },
    {
      token: 'uid-laveu',
      title: 'Maison médicale du Laveu (101)',
      municipality: 'Liège',
    },
  ],
  functions: [
    { token: 'infirmier', title: 'infirmier·ère' },
    { token: 'psychologue', title: 'psychologue' },
  ],
  complements: [{ token: 'maitre_de_stage', title: 'maître de stage' }],
  sender_address: 'extranet@fmm.be',
};

const loaded = (data) => ({ loading: false, loaded: true, error: null, data });

const render = ({ api = null, form = loaded(FORM) } = {}) =>
  renderWithStore(<AccountRequestPage />, {
    state: { services: { 'account-request-form': form } },
    api,
  });

const type = (label, value) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

const fillPerson = () => {
  type('First name', 'Anne');
  type('Last name', 'Dupont');
  type('Email', 'anne@example.org');
};

const optionLabels = () =>
  Array.from(
    screen.getByLabelText('Your medical house, or the federation').options,
    (option) => option.textContent,
  );

describe('AccountRequestPage', () => {
  it('reads what to pick from @account-request-form, not the vocabularies', () => {
    const { store } = renderWithStore(<AccountRequestPage />);
    const paths = store.getActions().map((action) => action.request?.path);
    expect(paths).toContain('/@account-request-form');
    expect(paths.filter((path) => /@vocabularies/.test(path || ''))).toEqual(
      [],
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the form…');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when the form cannot be loaded, instead of free text boxes', () => {
    render({ form: { loading: false, loaded: false, error: {}, data: null } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The form cannot be loaded right now.',
    );
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('finds a medical house by its municipality or name, accents aside', () => {
    render();
    expect(optionLabels()).toEqual([
      'Choose in the list',
      'Fédération des maisons médicales',
      'Maison médicale des Marolles (201) — Bruxelles',
      'Maison médicale du Laveu (101) — Liège',
    ]);
    type('Find your medical house: name, number or municipality', 'liege');
    expect(optionLabels()).toEqual([
      'Choose in the list',
      'Maison médicale du Laveu (101) — Liège',
    ]);
    expect(screen.getByText('1 medical house matches.')).toBeInTheDocument();
    type('Find your medical house: name, number or municipality', 'marol');
    expect(optionLabels()).toEqual([
      'Choose in the list',
      'Maison médicale des Marolles (201) — Bruxelles',
    ]);
    type('Find your medical house: name, number or municipality', '101');
    expect(optionLabels()).toContain('Maison médicale du Laveu (101) — Liège');
  });

  it('posts names, the house picked and the functions ticked', async () => {
    const api = jest.fn(() => ({ message: 'Votre demande est reçue.' }));
    render({ api });
    fillPerson();
    type('Find your medical house: name, number or municipality', 'Liège');
    type('Your medical house, or the federation', 'uid-laveu');
    // The choice stays, whatever is searched next.
    type('Find your medical house: name, number or municipality', 'zzz');
    expect(optionLabels()).toContain('Maison médicale du Laveu (101) — Liège');
    fireEvent.click(screen.getByLabelText('infirmier·ère'));
    fireEvent.click(screen.getByLabelText('psychologue'));
    type('Complement for psychologue (optional)', 'maitre_de_stage');
    type('Speciality for psychologue (optional)', ' addictions ');
    fireEvent.click(screen.getByLabelText(/I agree/));
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/@account-requests',
      data: {
        first_name: 'Anne',
        last_name: 'Dupont',
        email: 'anne@example.org',
        workplace: 'uid-laveu',
        functions: [
          { function: 'infirmier', complement: null, speciality: '' },
          {
            function: 'psychologue',
            complement: 'maitre_de_stage',
            speciality: 'addictions',
          },
        ],
        consent: true,
      },
    });
    expect(await screen.findByRole('status')).toBeInTheDocument();
  });

  it('takes the name of a medical house that is not in the list', async () => {
    const api = jest.fn(() => ({}));
    render({ api });
    fillPerson();
    fireEvent.click(
      screen.getByLabelText('My medical house is not in the list'),
    );
    expect(
      screen.queryByLabelText('Your medical house, or the federation'),
    ).toBeNull();
    const remark = screen.getByLabelText(
      'Name and municipality of your medical house',
    );
    expect(remark).toBeRequired();
    type('Name and municipality of your medical house', 'MM Nouvelle, Arlon');
    fireEvent.click(screen.getByLabelText('infirmier·ère'));
    fireEvent.click(screen.getByLabelText(/I agree/));
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(api.mock.calls[0][0].data).toMatchObject({
      workplace: '',
      workplace_remark: 'MM Nouvelle, Arlon',
    });
    expect(await screen.findByRole('status')).toBeInTheDocument();
  });

  it('asks for consent with the privacy notice at hand', () => {
    render();
    expect(screen.getByLabelText(/I agree/)).toBeRequired();
    const notice = screen
      .getByText('Read the privacy notice')
      .closest('details');
    expect(within(notice).getByText(/processes your first and last names/));
    expect(screen.getByLabelText('Email')).toHaveAttribute(
      'autocomplete',
      'email',
    );
  });

  it('confirms: an answer within 48 hours, and the spam folder', async () => {
    render({ api: () => ({ message: 'Votre demande est reçue.' }) });
    fillPerson();
    fireEvent.click(screen.getByLabelText(/I agree/));
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Votre demande est reçue.');
    expect(status).toHaveTextContent('within 48 hours');
    expect(status).toHaveTextContent('spam folder');
    expect(status).toHaveTextContent('extranet@fmm.be');
    expect(
      screen.getByRole('link', { name: 'Back to the login page' }),
    ).toHaveAttribute('href', '/login');
  });

  it("shows the server's refusal on the form and on the fields", async () => {
    render({
      api: () => {
        throw apiError(400, {
          type: 'BadRequest',
          message: 'Certains champs ne sont pas valides.',
          errors: [
            { field: 'email', message: 'Un compte existe déjà.' },
            { field: 'functions', message: 'Au moins une fonction.' },
          ],
        });
      },
    });
    fillPerson();
    fireEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Certains champs ne sont pas valides.');
    expect(alert).toHaveTextContent('Email: Un compte existe déjà.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'You will log in with this address. Un compte existe déjà.',
    );
    expect(
      screen.getByRole('group', { name: 'Functions *' }),
    ).toHaveAccessibleDescription(/Au moins une fonction\./);
  });
});

describe('matchingWorkplaces', () => {
  it('matches every word, without accents or case', () => {
    expect(folded('Liège')).toBe('liege');
    const found = matchingWorkplaces(FORM.workplaces, 'MAISON liege', '');
    expect(found.map((w) => w.token)).toEqual(['uid-laveu']);
    expect(matchingWorkplaces(FORM.workplaces, '', '')).toHaveLength(3);
  });
});
