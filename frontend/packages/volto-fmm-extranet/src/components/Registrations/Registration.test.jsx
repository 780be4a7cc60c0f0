import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import ActivityView from '../Activities/ActivityView';
import Registration, { registrationClosed } from './Registration';
import { baseState } from '../../helpers/testing';

const ACTIVITY = 'http://localhost:8080/Plone/agenda/ag';

const activity = (fields = {}) => ({
  '@id': ACTIVITY,
  UID: 'uid-ag',
  title: 'Assemblée générale',
  start: '2099-06-05T12:00:00+00:00',
  end: '2099-06-05T14:00:00+00:00',
  location: 'Namur',
  registration_enabled: true,
  capacity: 20,
  waiting_list: true,
  registration_deadline: null,
  ...fields,
});

/** A promise settled by the test, to look at the screen while it is pending. */
const deferred = () => {
  let resolve;
  let reject;
  const promise = new Promise((ok, ko) => {
    resolve = ok;
    reject = ko;
  });
  return { promise, resolve, reject };
};

/**
 * Renders with a store whose api middleware answers from `answer(request)`
 * (a value, a promise, or a thrown error); `requests` lists what was asked.
 */
const renderWithApi = (ui, answer, state = {}) => {
  const requests = [];
  const api = () => (next) => (action) => {
    if (!action.request) {
      return next(action);
    }
    requests.push(action.request);
    try {
      return Promise.resolve(answer(action.request));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const store = configureStore([api])({ ...baseState, ...state });
  const utils = render(
    <Provider store={store}>
      <MemoryRouter>{ui}</MemoryRouter>
    </Provider>,
  );
  return { ...utils, requests };
};

/** Answers of the backend: places left, the worker's registrations, the form. */
const backend =
  ({
    places = 12,
    mine = [],
    onRegister,
    onCancel,
    form = { open: true, reason: null, questions: [] },
  } = {}) =>
  (request) => {
    if (request.op === 'get' && request.path === '/agenda/ag/@registration') {
      return form;
    }
    if (request.path.startsWith('/@agenda')) {
      const left = typeof places === 'function' ? places() : places;
      return {
        items: [
          { UID: 'other', remaining_places: 1 },
          { UID: 'uid-ag', remaining_places: left },
        ],
      };
    }
    if (request.path === '/@my-registrations') {
      return { upcoming: mine, past: [] };
    }
    if (request.op === 'post') {
      return onRegister(request);
    }
    if (request.op === 'del') {
      return onCancel(request);
    }
    throw new Error(`unexpected request ${request.path}`);
  };

const status = () => screen.getByRole('status');

describe('Registration', () => {
  it('shows the places left and registers, with progress then a confirmation', async () => {
    let left = 12;
    const answer = deferred();
    const { requests } = renderWithApi(
      <Registration content={activity()} />,
      backend({ places: () => left, onRegister: () => answer.promise }),
    );
    expect(await screen.findByText('12 places left')).toBeInTheDocument();
    expect(requests).toContainEqual({
      op: 'get',
      path: '/@agenda?start=2099-06-05T12%3A00%3A00%2B00%3A00&end=2099-06-05T12%3A00%3A00%2B00%3A00',
    });
    expect(requests).toContainEqual({
      op: 'get',
      path: '/@my-registrations',
    });

    const button = screen.getByRole('button', {
      name: 'Register for this activity',
    });
    expect(button.tagName).toBe('BUTTON');
    fireEvent.click(button);
    expect(requests).toContainEqual({
      op: 'post',
      path: '/agenda/ag/@registration',
      data: { answers: {} },
    });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveClass('loading');
    expect(status()).toHaveTextContent('Registering…');

    left = 11;
    await act(async () => {
      answer.resolve({ state: 'confirmed', user_id: 'anne' });
    });
    expect(status()).toHaveTextContent(
      'Your registration is confirmed. A confirmation email has been sent to you.',
    );
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText('You are registered.')).toBeInTheDocument();
    expect(await screen.findByText('11 places left')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Register for this activity' }),
    ).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Cancel my registration' }),
    ).toBeEnabled();
  });

  it('cancels the registration of a registered worker', async () => {
    const { requests } = renderWithApi(
      <Registration content={activity()} />,
      backend({
        places: 3,
        mine: [
          {
            state: 'cancelled',
            activity: { '@id': 'http://localhost:8080/Plone/agenda/other' },
          },
          { state: 'confirmed', activity: { '@id': ACTIVITY } },
        ],
        onCancel: () => ({ state: 'cancelled' }),
      }),
    );
    expect(await screen.findByText('You are registered.')).toBeInTheDocument();
    expect(screen.getByText('3 places left')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Register for this activity' }),
    ).toBeNull();

    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Cancel my registration' }),
      );
    });
    expect(requests).toContainEqual({
      op: 'del',
      path: '/agenda/ag/@registration',
    });
    expect(status()).toHaveTextContent('Your registration is cancelled.');
    expect(screen.queryByText('You are registered.')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Register for this activity' }),
    ).toBeEnabled();
  });

  it('offers the waiting list when the activity is full', async () => {
    renderWithApi(
      <Registration content={activity()} />,
      backend({ places: 0, onRegister: () => ({ state: 'waiting' }) }),
    );
    expect(await screen.findByText('Full: waiting list')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Register on the waiting list' }),
      );
    });
    expect(status()).toHaveTextContent(
      'The activity is full: you are on the waiting list.',
    );
    expect(
      screen.getByText('You are on the waiting list.'),
    ).toBeInTheDocument();
  });

  it('offers no button when full without a waiting list', async () => {
    renderWithApi(
      <Registration content={activity({ waiting_list: false })} />,
      backend({ places: 0 }),
    );
    expect(
      await screen.findByText('This activity is full.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("says the server's refusal and lets the worker try again", async () => {
    renderWithApi(
      <Registration content={activity({ capacity: null })} />,
      backend({
        places: null,
        onRegister: () => {
          const error = new Error('Bad Request');
          error.response = {
            body: { message: 'Vous êtes déjà inscrit·e à cette activité.' },
          };
          throw error;
        },
      }),
    );
    expect(await screen.findByText('Places not limited')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Register for this activity' }),
      );
    });
    expect(status()).toHaveTextContent(
      'Vous êtes déjà inscrit·e à cette activité.',
    );
    expect(
      screen.getByRole('button', { name: 'Register for this activity' }),
    ).toBeEnabled();
    expect(screen.queryByText('You are registered.')).toBeNull();
  });

  it('says when registration is closed', async () => {
    renderWithApi(
      <Registration
        content={activity({ registration_deadline: '2020-01-01T10:00:00' })}
      />,
      backend({ places: 5 }),
    );
    expect(
      await screen.findByText('Registration is closed.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows nothing and asks nothing without registration', () => {
    const { container, requests } = renderWithApi(
      <Registration content={activity({ registration_enabled: false })} />,
      backend(),
    );
    expect(container).toBeEmptyDOMElement();
    expect(requests).toEqual([]);
  });

  it('closes at the deadline, else at the start', () => {
    const now = new Date('2030-01-01T12:00:00Z').getTime();
    expect(registrationClosed({ start: '2030-01-02T09:00:00Z' }, now)).toBe(
      false,
    );
    expect(registrationClosed({ start: '2029-12-31T09:00:00Z' }, now)).toBe(
      true,
    );
    expect(
      registrationClosed(
        {
          start: '2030-01-02T09:00:00Z',
          registration_deadline: '2029-12-31T09:00:00Z',
        },
        now,
      ),
    ).toBe(true);
  });
});

describe('ActivityView with registration', () => {
  it('shows the registration between the details and the text', async () => {
    renderWithApi(
      <ActivityView
        content={activity({ text: { data: '<p>Ordre du jour</p>' } })}
      />,
      backend({ places: 7 }),
    );
    const section = await screen.findByRole('region', {
      name: 'Registration',
    });
    expect(await within(section).findByText('7 places left')).toBeTruthy();
    expect(
      within(section).getByRole('button', {
        name: 'Register for this activity',
      }),
    ).toBeEnabled();
    expect(screen.getByText('Namur')).toBeInTheDocument();
  });
});

/** A form with a question of each type the page renders. */
const FORM = {
  open: true,
  reason: null,
  questions: [
    {
      name: 'diet',
      title: 'Régime alimentaire',
      description: 'Végétarien, sans gluten…',
      type: 'TextLine',
      required: true,
    },
    { name: 'remarks', title: 'Remarques', type: 'Text', required: false },
    {
      name: 'module',
      title: 'Avez-vous déjà suivi ce module ?',
      type: 'Choice',
      widget: 'radio',
      required: true,
      choices: [
        { token: 'oui', label: 'Oui' },
        { token: 'non', label: 'Non' },
      ],
    },
    {
      name: 'workshop',
      title: "Atelier de l'après-midi",
      type: 'Choice',
      widget: 'select',
      required: false,
      choices: [1, 2, 3, 4, 5, 6].map((n) => ({
        token: `a${n}`,
        label: `Atelier ${n}`,
      })),
    },
    {
      name: 'themes',
      title: 'Thèmes',
      type: 'MultiChoice',
      required: false,
      choices: [
        { token: 'sante', label: 'Santé mentale' },
        { token: 'accueil', label: 'Accueil' },
      ],
    },
    { name: 'car', title: 'Je viens en voiture', type: 'Bool', required: true },
    { name: 'lunch', title: 'Je reste dîner', type: 'Bool', required: false },
    {
      name: 'years',
      title: "Années d'expérience",
      type: 'Int',
      required: false,
      min: 0,
      max: 45,
    },
    { name: 'arrival', title: "Date d'arrivée", type: 'Date', required: false },
  ],
};

describe('Registration with questions', () => {
  it('renders each question with its label, groups named by their legend', async () => {
    renderWithApi(
      <Registration content={activity()} />,
      backend({ form: FORM }),
    );
    const diet = await screen.findByLabelText('Régime alimentaire');
    expect(diet).toBeRequired();
    expect(diet).toHaveAccessibleDescription('Végétarien, sans gluten…');
    expect(screen.getByLabelText('Remarques').tagName).toBe('TEXTAREA');
    const module = screen.getByRole('group', {
      name: 'Avez-vous déjà suivi ce module ?',
    });
    expect(within(module).getAllByRole('radio')).toHaveLength(2);
    expect(
      screen.getByRole('combobox', { name: "Atelier de l'après-midi" }),
    ).toBeInTheDocument();
    const themes = screen.getByRole('group', { name: 'Thèmes' });
    expect(within(themes).getAllByRole('checkbox')).toHaveLength(2);
    const car = screen.getByRole('group', { name: 'Je viens en voiture' });
    expect(within(car).getByRole('radio', { name: 'Yes' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Je reste dîner' }),
    ).not.toBeChecked();
    const years = screen.getByRole('spinbutton', {
      name: "Années d'expérience",
    });
    expect(years).toHaveAttribute('max', '45');
    expect(screen.getByLabelText("Date d'arrivée")).toHaveAttribute(
      'type',
      'date',
    );
    expect(
      screen.getByText('Questions marked * are required.'),
    ).toBeInTheDocument();
  });

  it('says which required questions are empty, focuses the first, sends nothing', async () => {
    const onRegister = jest.fn();
    const { requests } = renderWithApi(
      <Registration content={activity()} />,
      backend({ form: FORM, onRegister }),
    );
    const diet = await screen.findByLabelText('Régime alimentaire');
    fireEvent.click(
      screen.getByRole('radio', { name: 'Non' }), // the module, answered
    );
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Register for this activity' }),
      );
    });
    expect(onRegister).not.toHaveBeenCalled();
    expect(requests.filter((r) => r.op === 'post')).toEqual([]);
    expect(diet).toHaveAttribute('aria-invalid', 'true');
    expect(diet).toHaveAccessibleDescription(
      'Végétarien, sans gluten… This question is required.',
    );
    expect(diet).toHaveFocus();
    const car = screen.getByRole('group', { name: 'Je viens en voiture' });
    expect(car).toHaveAccessibleDescription('This question is required.');
    expect(
      screen.getByRole('group', { name: 'Avez-vous déjà suivi ce module ?' }),
    ).not.toHaveAccessibleDescription();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Some answers are missing or not valid.',
    );
  });

  it('sends the answers, numbers as numbers, and confirms', async () => {
    const { requests } = renderWithApi(
      <Registration content={activity()} />,
      backend({ form: FORM, onRegister: () => ({ state: 'confirmed' }) }),
    );
    fireEvent.change(await screen.findByLabelText('Régime alimentaire'), {
      target: { value: 'Végétarien' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Oui' }));
    fireEvent.change(
      screen.getByRole('combobox', { name: "Atelier de l'après-midi" }),
      { target: { value: 'a6' } },
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Accueil' }));
    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    fireEvent.change(
      screen.getByRole('spinbutton', { name: "Années d'expérience" }),
      { target: { value: '12' } },
    );
    fireEvent.change(screen.getByLabelText("Date d'arrivée"), {
      target: { value: '2099-06-04' },
    });
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Register for this activity' }),
      );
    });
    expect(requests).toContainEqual({
      op: 'post',
      path: '/agenda/ag/@registration',
      data: {
        answers: {
          diet: 'Végétarien',
          module: 'oui',
          workshop: 'a6',
          themes: ['accueil'],
          car: false,
          lunch: false,
          years: 12,
          arrival: '2099-06-04',
        },
      },
    });
    expect(status()).toHaveTextContent('Your registration is confirmed.');
  });

  it("shows the server's problems by their question", async () => {
    renderWithApi(
      <Registration content={activity()} />,
      backend({
        form: { ...FORM, questions: FORM.questions.slice(0, 1) },
        onRegister: () => {
          const error = new Error('Bad Request');
          error.response = {
            body: {
              message: 'Certains champs ne sont pas valides.',
              errors: [{ field: 'diet', message: 'Trop long.' }],
            },
          };
          throw error;
        },
      }),
    );
    fireEvent.change(await screen.findByLabelText('Régime alimentaire'), {
      target: { value: 'x' },
    });
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Register for this activity' }),
      );
    });
    const diet = screen.getByLabelText('Régime alimentaire');
    expect(diet).toHaveAccessibleDescription(
      'Végétarien, sans gluten… Trop long.',
    );
    expect(diet).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Certains champs ne sont pas valides.',
    );
  });

  const UNSUPPORTED = {
    open: false,
    reason:
      "Le formulaire contient une question d'un type non pris en charge : Poids",
    questions: [{ name: 'weight', title: 'Poids', type: 'Unsupported' }],
  };
  const EDITOR = { actions: { actions: { object: [{ id: 'edit' }] } } };

  it('keeps a form Volto cannot render closed, saying why to its organisers only', async () => {
    const { unmount } = renderWithApi(
      <Registration content={activity()} />,
      backend({ form: UNSUPPORTED }),
    );
    expect(
      await screen.findByText('Registration is closed.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    renderWithApi(
      <Registration content={activity()} />,
      backend({ form: UNSUPPORTED }),
      EDITOR,
    );
    expect(await screen.findByText(UNSUPPORTED.reason)).toBeInTheDocument();
  });

  it('lets organisers add, reorder and remove questions', async () => {
    const saved = deferred();
    const { requests } = renderWithApi(
      <Registration content={activity()} />,
      (request) =>
        request.op === 'put'
          ? saved.promise
          : backend({ form: UNSUPPORTED })(request),
      EDITOR,
    );
    const toggle = await screen.findByRole('button', {
      name: 'Edit the questions of the form',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const editor = screen.getByRole('form', {
      name: 'Questions of the registration form',
    });
    fireEvent.click(
      within(editor).getByRole('button', { name: 'Add a question' }),
    );
    const title = within(editor).getByRole('textbox', { name: 'Question' });
    expect(title).toHaveFocus();
    fireEvent.change(title, { target: { value: 'Régime alimentaire' } });
    fireEvent.change(
      within(editor).getByRole('combobox', { name: 'Type of answer' }),
      {
        target: { value: 'Choice' },
      },
    );
    fireEvent.change(
      within(editor).getByRole('textbox', { name: 'Choices (one per line)' }),
      { target: { value: 'Végétarien\n\nSans gluten \n' } },
    );
    fireEvent.click(
      within(editor).getByRole('checkbox', { name: 'Answer required' }),
    );
    fireEvent.click(
      within(editor).getByRole('button', {
        name: 'Move up: Régime alimentaire',
      }),
    );
    fireEvent.click(
      within(editor).getByRole('button', { name: 'Remove: Poids' }),
    );
    fireEvent.click(
      within(editor).getByRole('button', { name: 'Add a question' }),
    );
    fireEvent.change(
      within(editor).getAllByRole('textbox', { name: 'Question' })[1],
      {
        target: { value: 'Âge' },
      },
    );
    fireEvent.change(
      within(editor).getAllByRole('combobox', { name: 'Type of answer' })[1],
      { target: { value: 'Int' } },
    );
    fireEvent.change(
      within(editor).getByRole('spinbutton', { name: 'Minimum' }),
      {
        target: { value: '18' },
      },
    );
    fireEvent.submit(editor);
    expect(requests).toContainEqual({
      op: 'put',
      path: '/agenda/ag/@registration-questions',
      data: {
        questions: [
          {
            type: 'Choice',
            title: 'Régime alimentaire',
            description: '',
            required: true,
            choices: [{ label: 'Végétarien' }, { label: 'Sans gluten' }],
          },
          {
            type: 'Int',
            title: 'Âge',
            description: '',
            required: false,
            min: 18,
            max: null,
          },
        ],
      },
    });
    await act(async () => {
      const error = new Error('Bad Request');
      error.response = {
        body: {
          message: 'Certains champs ne sont pas valides.',
          errors: [{ field: 'questions.1.max', message: 'Trop petit.' }],
        },
      };
      saved.reject(error);
    });
    expect(
      within(editor).getByRole('spinbutton', { name: 'Maximum' }),
    ).toHaveAccessibleDescription('Trop petit.');
  });

  it('offers no editor to workers', async () => {
    renderWithApi(
      <Registration content={activity()} />,
      backend({ form: FORM }),
    );
    await screen.findByLabelText('Régime alimentaire');
    expect(
      screen.queryByRole('button', { name: 'Edit the questions of the form' }),
    ).toBeNull();
  });
});
