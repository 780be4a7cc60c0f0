import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import DequapPage from './DequapPage';
import FormationsPage, { formationsPath } from './FormationsPage';
import ToolsPage, { toolsPath } from './ToolsPage';
import { fakeToken, renderWithStore } from '../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };
const categories = {
  'fmm_extranet.DequapCategories': {
    loaded: true,
    items: [
      { value: 'accessibilite', label: 'Accessibilité' },
      { value: 'travail_equipe', label: 'Travail en équipe' },
    ],
  },
};
const teamwork = { token: 'travail_equipe', title: 'Travail en équipe' };

const listening = {
  '@id': 'http://localhost:8080/Plone/formations/ecoute-active',
  '@type': 'Formation',
  title: 'Écoute active',
  description: 'Mieux accueillir les patient·e·s.',
  dequap_category: teamwork,
  formation_status: { token: 'scheduled', title: 'Programmée' },
  scheduled: true,
  next_session: {
    '@id': 'http://localhost:8080/Plone/formations/ecoute-active/mars',
    title: 'Écoute active — session de mars',
    start: '2026-03-20T08:00:00+00:00',
  },
};
const access = {
  '@id': 'http://localhost:8080/Plone/formations/accessibilite',
  '@type': 'Formation',
  title: 'Accessibilité pour tous',
  description: '',
  dequap_category: { token: 'accessibilite', title: 'Accessibilité' },
  formation_status: { token: 'archived', title: 'Archivée' },
  scheduled: false,
  next_session: null,
};
const kit = {
  '@id': 'http://localhost:8080/Plone/outils/kit',
  '@type': 'Tool',
  title: "Kit d'animation d'équipe",
  description: 'Pour animer une réunion.',
  dequap_category: teamwork,
  tool_kind: { token: 'kit', title: 'Kit d’animation' },
  video_url: null,
  file: {
    download: 'http://localhost:8080/Plone/outils/kit/@@download/file',
    filename: 'kit.pdf',
    'content-type': 'application/pdf',
    size: 12000,
  },
};
const video = {
  '@id': 'http://localhost:8080/Plone/outils/video',
  '@type': 'Tool',
  title: 'Le travail en équipe en vidéo',
  description: '',
  dequap_category: teamwork,
  tool_kind: { token: 'video', title: 'Vidéo' },
  video_url: 'https://video.example.org/equipe',
  file: null,
};

const serviceState = (key, result) => ({
  ...loggedIn,
  vocabularies: categories,
  services: { [key]: result },
});

const serviceRequests = (store) =>
  store
    .getActions()
    .filter((action) => action.type === 'GET_SERVICE')
    .map((action) => [action.subrequest, action.request.path]);

describe('FormationsPage', () => {
  it('asks the scheduled trainings unless the whole catalogue is asked', () => {
    expect(formationsPath({})).toBe(
      '/@formations?scope=scheduled&b_start=0&b_size=24',
    );
    expect(
      formationsPath({ scope: 'all', dequap: 'gestion', b_start: '24' }),
    ).toBe('/@formations?scope=all&dequap=gestion&b_start=24&b_size=24');
    const { store } = renderWithStore(<FormationsPage />, {
      state: { ...loggedIn, vocabularies: categories },
      route: '/formations?scope=all&dequap=accessibilite',
    });
    expect(serviceRequests(store)).toEqual([
      [
        'fmm-formations',
        '/@formations?scope=all&dequap=accessibilite&b_start=0&b_size=24',
      ],
    ]);
    expect(screen.getByLabelText('Whole catalogue')).toBeChecked();
    expect(screen.getByLabelText('DEQuaP category')).toHaveValue(
      'accessibilite',
    );
  });

  it('shows progress while loading', () => {
    renderWithStore(<FormationsPage />, {
      state: serviceState('fmm-formations', { loading: true }),
    });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
  });

  it('shows each training as a card linking to its sheet', () => {
    renderWithStore(<FormationsPage />, {
      state: serviceState('fmm-formations', {
        loaded: true,
        data: { items_total: 2, items: [listening, access] },
      }),
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Trainings' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 results')).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('listitem');
    expect(
      within(first).getByRole('link', { name: 'Écoute active' }),
    ).toHaveAttribute('href', '/formations/ecoute-active');
    expect(within(first).getByText('Programmée').querySelector('svg')).not.toBe(
      null,
    );
    expect(
      within(first).getByRole('link', { name: 'Travail en équipe' }),
    ).toHaveAttribute('href', '/dequap/travail_equipe');
    expect(within(first).getByText(/Next session/)).toHaveTextContent(
      /March 20, 2026/,
    );
    expect(
      within(first).getByRole('link', { name: /March 20, 2026/ }),
    ).toHaveAttribute('href', '/formations/ecoute-active/mars');
    expect(first).toHaveClass('scheduled');
    expect(within(second).getByText('Archivée').querySelector('svg')).toBe(
      null,
    );
    expect(within(second).queryByText(/Next session/)).toBeNull();
  });

  it('switches the scope and the category at once, through the URL', () => {
    const { seen } = renderWithStore(<FormationsPage />, {
      state: { ...loggedIn, vocabularies: categories },
      route: '/formations?b_start=24',
    });
    expect(screen.getByRole('group', { name: 'Show' })).toBeInTheDocument();
    expect(screen.getByLabelText('Scheduled sessions')).toBeChecked();
    fireEvent.click(screen.getByLabelText('Whole catalogue'));
    expect(seen.location.search).toBe('?scope=all');
    fireEvent.change(screen.getByLabelText('DEQuaP category'), {
      target: { value: 'travail_equipe' },
    });
    expect(seen.location.search).toBe('?scope=all&dequap=travail_equipe');
    expect(screen.queryByRole('button', { name: 'Search' })).toBeNull();
  });

  it('says when the catalogue cannot be read', () => {
    renderWithStore(<FormationsPage />, {
      state: serviceState('fmm-formations', { error: { status: 500 } }),
    });
    expect(
      screen.getByText('This information is not available at the moment.'),
    ).toBeInTheDocument();
  });
});

describe('ToolsPage', () => {
  it('asks the tools of a category', () => {
    expect(toolsPath({})).toBe('/@tools?b_start=0&b_size=24');
    const { store, seen } = renderWithStore(<ToolsPage />, {
      state: { ...loggedIn, vocabularies: categories },
      route: '/outils?dequap=travail_equipe',
    });
    expect(serviceRequests(store)).toEqual([
      ['fmm-tools', '/@tools?dequap=travail_equipe&b_start=0&b_size=24'],
    ]);
    fireEvent.change(screen.getByLabelText('DEQuaP category'), {
      target: { value: '' },
    });
    expect(seen.location.search).toBe('');
  });

  it('shows each tool with its kind, category, file and video', () => {
    renderWithStore(<ToolsPage />, {
      state: serviceState('fmm-tools', {
        loaded: true,
        data: { items_total: 2, items: [kit, video] },
      }),
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tools' }),
    ).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('listitem');
    expect(
      within(first).getByRole('link', { name: "Kit d'animation d'équipe" }),
    ).toHaveAttribute('href', '/outils/kit');
    expect(within(first).getByText('Kit d’animation')).toHaveClass(
      'fmm-tool-kind',
    );
    expect(
      within(first).getByRole('link', { name: 'Download kit.pdf' }),
    ).toHaveAttribute('href', '/outils/kit/@@download/file');
    expect(
      within(first).getByRole('link', { name: 'Travail en équipe' }),
    ).toHaveAttribute('href', '/dequap/travail_equipe');
    expect(within(second).getByText('Vidéo')).toBeInTheDocument();
    expect(
      within(second).getByRole('link', { name: 'Watch the video' }),
    ).toHaveAttribute('href', 'https://video.example.org/equipe');
    expect(within(second).queryByRole('link', { name: /Download/ })).toBeNull();
  });
});

describe('DequapPage', () => {
  const page = (
    <Route path="/dequap/:token">
      <DequapPage />
    </Route>
  );

  it('asks every training and tool of the category', () => {
    const { store } = renderWithStore(page, {
      state: loggedIn,
      route: '/dequap/travail_equipe',
    });
    expect(serviceRequests(store)).toEqual([
      ['fmm-dequap', '/@dequap/travail_equipe'],
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'DEQuaP category',
    );
  });

  it('lists the trainings and tools of the category', () => {
    renderWithStore(page, {
      state: serviceState('fmm-dequap', {
        loaded: true,
        data: {
          category: teamwork,
          formations: [listening],
          tools: [kit, video],
        },
      }),
      route: '/dequap/travail_equipe',
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Travail en équipe' }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 results')).toBeInTheDocument();
    const trainings = screen.getByRole('region', { name: 'Trainings' });
    expect(
      within(trainings).getByRole('heading', {
        level: 3,
        name: 'Écoute active',
      }),
    ).toBeInTheDocument();
    const tools = screen.getByRole('region', { name: 'Tools' });
    expect(within(tools).getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(
      screen.queryByRole('link', { name: 'Travail en équipe' }),
    ).toBeNull();
  });

  it('has an empty state for each kind', () => {
    renderWithStore(page, {
      state: serviceState('fmm-dequap', {
        loaded: true,
        data: { category: teamwork, formations: [], tools: [kit] },
      }),
      route: '/dequap/travail_equipe',
    });
    const trainings = screen.getByRole('region', { name: 'Trainings' });
    expect(within(trainings).getByText('Nothing yet.')).toBeInTheDocument();
  });

  it('says when the category does not exist', () => {
    renderWithStore(page, {
      state: serviceState('fmm-dequap', {
        loaded: false,
        error: { status: 400 },
      }),
      route: '/dequap/astrologie',
    });
    expect(
      screen.getByText('This DEQuaP category does not exist.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
