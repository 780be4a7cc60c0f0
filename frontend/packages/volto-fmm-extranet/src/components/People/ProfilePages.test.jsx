import { fireEvent, screen, within } from '@testing-library/react';
import JobsPage from './JobsPage';
import ProfilePage from './ProfilePage';
import { photoProblem } from './PhotoField';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });
const WORKER = 'http://localhost:8080/Plone/travailleurs/anne';
const THEME = 'uid-sante-environnement';

const loaded = (data) => ({ loading: false, loaded: true, error: null, data });

const profile = {
  '@id': WORKER,
  email: 'anne@example.org',
  mobile: '+32 470 00 00 00',
  expertise: '',
  internship_supervisor: false,
  subscriptions: [],
  photo: null,
  profile_completion: { required: true, missing: ['photo', 'subscriptions'] },
};

const vocabularies = {
  'fmm_extranet.Thematics': {
    loaded: true,
    items: [
      { value: THEME, label: 'Santé et environnement' },
      { value: 'uid-secret', label: 'Secret professionnel' },
    ],
  },
  'fmm_extranet.Workplaces': {
    loaded: true,
    items: [
      { value: 'federation', label: 'Fédération' },
      { value: 'uid-laveu', label: 'Maison médicale du Laveu (101)' },
    ],
  },
  'fmm_extranet.Functions': {
    loaded: true,
    items: [
      { value: 'infirmier', label: 'infirmier·ère' },
      { value: 'psychologue', label: 'psychologue' },
    ],
  },
  'fmm_extranet.FunctionComplements': {
    loaded: true,
    items: [{ value: 'maitre_de_stage', label: 'maître de stage' }],
  },
};

const render = (ui, { services = {}, api, route = '/' } = {}) =>
  renderWithStore(ui, {
    route,
    api,
    state: { userSession: { token }, vocabularies, services },
  });

const actionsOf = (store, type) =>
  store.getActions().filter((action) => action.type === type);

/** The refreshes of the shortcut buttons asked. */
const shortcutRefreshes = (store) =>
  actionsOf(store, 'GET_SERVICE').filter(
    (action) => action.subrequest === 'my-shortcuts',
  );

describe('ProfilePage', () => {
  const services = { 'my-profile': loaded(profile) };

  it('reads @my-profile and welcomes a first visit', () => {
    const { store } = render(<ProfilePage />);
    expect(actionsOf(store, 'GET_SERVICE')[0]).toMatchObject({
      subrequest: 'my-profile',
      request: { op: 'get', path: '/@my-profile' },
    });
    expect(
      screen.getByRole('navigation', { name: 'My account' }),
    ).toBeInTheDocument();
  });

  it('saves the GSM and the themes, then refreshes the shortcuts', async () => {
    const api = jest.fn(() => ({ ...profile, mobile: '0499 12 34 56' }));
    const { store } = render(<ProfilePage />, { services, api });
    expect(
      screen.getByText(/Welcome! Start by completing/),
    ).toBeInTheDocument();
    expect(screen.getByText('anne@example.org')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Change my password' }),
    ).toHaveAttribute('href', '/change-password');
    fireEvent.change(screen.getByLabelText('Mobile (GSM)'), {
      target: { value: '0499 12 34 56' },
    });
    fireEvent.click(screen.getByLabelText('Santé et environnement'));
    fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    expect(api.mock.calls[0][0]).toEqual({
      op: 'patch',
      path: '/@my-profile',
      data: {
        mobile: '0499 12 34 56',
        expertise: '',
        internship_supervisor: false,
        subscriptions: [THEME],
        newsletter: false,
        digest: 'weekly',
      },
    });
    expect(
      await screen.findByText('Your profile is saved.'),
    ).toBeInTheDocument();
    expect(shortcutRefreshes(store)).toHaveLength(1);
  });

  it('chooses the mails of the extranet: the newsletter, how often the digest', async () => {
    const api = jest.fn(() => profile);
    render(<ProfilePage />, {
      services: {
        'my-profile': loaded({
          ...profile,
          newsletter: true,
          digest: { token: 'never', title: 'Jamais' },
        }),
      },
      api,
    });
    const mails = screen.getByText('Mails of the extranet').closest('fieldset');
    const newsletter = within(mails).getByLabelText('Receive the newsletter');
    expect(newsletter).toBeChecked();
    const digest = within(mails).getByRole('group', {
      name: 'What is new in my groups and themes, by mail',
    });
    expect(within(digest).getByLabelText('Never')).toBeChecked();
    fireEvent.click(newsletter);
    fireEvent.click(within(digest).getByLabelText('Every day'));
    fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    expect(api.mock.calls[0][0].data).toMatchObject({
      newsletter: false,
      digest: 'daily',
    });
    expect(
      await screen.findByText('Your profile is saved.'),
    ).toBeInTheDocument();
  });

  it('refuses a photo of the wrong type or size at once', () => {
    expect(photoProblem({ type: 'image/gif', size: 10 })).toBe('badType');
    expect(photoProblem({ type: 'image/png', size: 6 * 1024 * 1024 })).toBe(
      'tooBig',
    );
    expect(photoProblem({ type: 'image/webp', size: 1000 })).toBeNull();
    render(<ProfilePage />, { services });
    const input = screen.getByLabelText('Photo');
    const gif = new File(['GIF89a'], 'photo.gif', { type: 'image/gif' });
    fireEvent.change(input, { target: { files: [gif] } });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'A JPEG, PNG or WebP image of at most 5 MB. The photo must be a JPEG, PNG or WebP image.',
    );
  });

  it('sends an accepted photo', async () => {
    const api = jest.fn(() => profile);
    render(<ProfilePage />, { services, api });
    const png = new File(['png'], 'moi.png', { type: 'image/png' });
    fireEvent.change(screen.getByLabelText('Photo'), {
      target: { files: [png] },
    });
    expect(
      await screen.findByRole('img', { name: 'My photo' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    expect(api.mock.calls[0][0].data.photo).toEqual({
      data: 'cG5n',
      encoding: 'base64',
      filename: 'moi.png',
      'content-type': 'image/png',
    });
    await screen.findByText('Your profile is saved.');
  });

  it("shows the API's field errors", async () => {
    const api = () => {
      throw apiError(400, {
        message: 'Certains champs ne sont pas valides.',
        errors: [
          { field: 'photo', message: 'La photo doit faire moins de 5 Mo.' },
        ],
      });
    };
    render(<ProfilePage />, { services, api });
    fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Photo: La photo doit faire moins de 5 Mo.',
    );
    expect(screen.getByLabelText('Photo')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});

describe('JobsPage', () => {
  const job = {
    '@id': `${WORKER}/job-1`,
    id: 'job-1',
    workplace: { token: 'uid-laveu', title: 'Maison médicale du Laveu (101)' },
    workplace_title: 'Maison médicale du Laveu (101)',
    functions: [
      {
        function: 'infirmier',
        complement: 'maitre_de_stage',
        speciality: 'plaies',
      },
    ],
    function_titles: ['infirmier·ère'],
    phone: '04 111 11 11',
    phone_public: true,
  };
  const services = {
    'my-profile': loaded(profile),
    'my-jobs': loaded({ items: [job] }),
  };

  it("lists the worker's jobs from the catalog", () => {
    const { store } = render(<JobsPage />, { services });
    expect(actionsOf(store, 'GET_SERVICE').map((a) => a.request.path)).toEqual([
      '/@my-profile',
      '/travailleurs/anne/@search?portal_type=Job&fullobjects=1&sort_on=getObjPositionInParent',
    ]);
    expect(
      screen.getByRole('heading', { name: 'Maison médicale du Laveu (101)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('infirmier·ère (maître de stage) – plaies'),
    ).toBeInTheDocument();
    expect(screen.getByText(/04 111 11 11/)).toHaveTextContent(
      'shown to all workers',
    );
  });

  it('adds a job with its functions', async () => {
    const api = jest.fn(() => ({}));
    const { store } = render(<JobsPage />, { services, api });
    fireEvent.click(
      screen.getByRole('button', { name: 'Add a job in another institution' }),
    );
    const form = within(screen.getByRole('region', { name: 'New job' }));
    fireEvent.change(form.getByLabelText('Workplace'), {
      target: { value: 'federation' },
    });
    fireEvent.change(form.getByLabelText('Function / profession'), {
      target: { value: 'psychologue' },
    });
    fireEvent.click(form.getByRole('button', { name: 'Add a function' }));
    const second = within(form.getByRole('group', { name: 'Function 2' }));
    fireEvent.change(second.getByLabelText('Function / profession'), {
      target: { value: 'infirmier' },
    });
    fireEvent.change(second.getByLabelText('Speciality'), {
      target: { value: 'diabète' },
    });
    fireEvent.click(form.getByLabelText('Show my email to all workers'));
    fireEvent.click(form.getByRole('button', { name: 'Save this job' }));
    expect(api.mock.calls[0][0]).toEqual({
      op: 'post',
      path: '/travailleurs/anne',
      data: {
        '@type': 'Job',
        workplace: 'federation',
        functions: [
          { function: 'psychologue', complement: null, speciality: '' },
          { function: 'infirmier', complement: null, speciality: 'diabète' },
        ],
        email: null,
        email_public: true,
        phone: null,
        phone_public: false,
        mobile: null,
        mobile_public: false,
      },
    });
    expect(await screen.findByText('The job is saved.')).toBeInTheDocument();
    expect(shortcutRefreshes(store)).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'New job' })).toBeNull();
  });

  it('shows the validation errors of plone.restapi on the fields', async () => {
    const api = () => {
      throw apiError(400, {
        type: 'BadRequest',
        message: 'Certains champs ne sont pas valides.',
        errors: [
          { field: 'functions', message: 'Unknown function: astronaute' },
          { field: 'email', message: "L'adresse n'est pas valide" },
        ],
      });
    };
    render(<JobsPage />, { services, api });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Edit Maison médicale du Laveu (101)',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save this job' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Functions: Unknown function: astronaute');
    expect(alert).toHaveTextContent("Email: L'adresse n'est pas valide");
    expect(
      screen.getByRole('group', { name: 'Functions' }),
    ).toHaveAccessibleDescription('Unknown function: astronaute');
    expect(screen.getByLabelText('Email')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('edits a job with a PATCH', async () => {
    const api = jest.fn(() => ({}));
    render(<JobsPage />, { services, api });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Edit Maison médicale du Laveu (101)',
      }),
    );
    expect(screen.getByLabelText('Workplace')).toHaveValue('uid-laveu');
    expect(screen.getByLabelText('Complement')).toHaveValue('maitre_de_stage');
    fireEvent.click(screen.getByRole('button', { name: 'Save this job' }));
    expect(api.mock.calls[0][0]).toMatchObject({
      op: 'patch',
      path: '/travailleurs/anne/job-1',
      data: {
        workplace: 'uid-laveu',
        functions: [
          {
            function: 'infirmier',
            complement: 'maitre_de_stage',
            speciality: 'plaies',
          },
        ],
        phone: '04 111 11 11',
        phone_public: true,
      },
    });
    await screen.findByText('The job is saved.');
  });

  it('deletes a job after confirmation', async () => {
    const api = jest.fn(() => '');
    render(<JobsPage />, { services, api });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Delete Maison médicale du Laveu (101)',
      }),
    );
    expect(api).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(api.mock.calls[0][0]).toEqual({
      op: 'del',
      path: '/travailleurs/anne/job-1',
    });
    expect(await screen.findByText('The job is deleted.')).toBeInTheDocument();
  });
});
