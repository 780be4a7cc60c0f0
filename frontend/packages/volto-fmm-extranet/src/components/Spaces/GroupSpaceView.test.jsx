import { screen, waitFor, within } from '@testing-library/react';
import GroupSpaceView from './GroupSpaceView';
import { apiError, renderWithStore } from '../../helpers/testing';

const SITE = 'http://localhost:8080/Plone';
const NURSES = `${SITE}/groupes-sectoriels/infirmiers`;

const group = {
  '@id': NURSES,
  '@type': 'SectoralGroup',
  UID: 'uid-infirmiers',
  title: 'Infirmier·ère·s',
  description: 'Le groupe des infirmier·ère·s des maisons médicales',
  profession: { token: 'nurse', title: 'infirmier·ère' },
  confidential: false,
  coordinators: [{ token: 'marie', title: 'Marie Martin' }, 'jean'],
  items: [
    { '@id': `${NURSES}/pv`, '@type': 'Folder', title: 'PV' },
    {
      '@id': `${NURSES}/liege`,
      '@type': 'SectoralGroup',
      title: 'Infirmier·ère·s liégeois·es',
    },
    { '@id': `${NURSES}/n1`, '@type': 'News Item', title: 'N1' },
  ],
};

const overview = {
  '@id': `${NURSES}/@group-overview`,
  coordinators: [
    { '@id': `${SITE}/travailleurs/marie`, title: 'Marie Martin' },
  ],
  news: [
    {
      '@id': `${NURSES}/n1`,
      '@type': 'News Item',
      UID: 'n1',
      title: 'Nouvelles des infirmier·ère·s',
      description: '',
      date: '2026-11-20T10:00:00+00:00',
    },
  ],
  activities: [
    {
      '@id': `${SITE}/agenda/plaies`,
      '@type': 'Activity',
      UID: 'a1',
      title: 'Formation plaies et cicatrisation',
      start: '2026-12-10T09:00:00+01:00',
      end: '2026-12-10T12:00:00+01:00',
      whole_day: false,
      date: '2026-11-12T10:00:00+00:00',
    },
    {
      '@id': `${SITE}/agenda/colloque`,
      '@type': 'Activity',
      UID: 'a2',
      title: 'Colloque des soins',
      start: '2026-12-01T09:00:00+01:00',
      end: '2026-12-01T17:00:00+01:00',
      whole_day: false,
      date: '2026-10-01T10:00:00+00:00',
    },
  ],
  documents: {
    items_total: 7,
    items: [
      {
        '@id': `${NURSES}/charte`,
        '@type': 'File',
        UID: 'd1',
        title: 'Charte des soins',
        description: '',
        date: '2026-11-02T10:00:00+00:00',
        locked: false,
        folder: [],
      },
      {
        '@type': 'Document',
        UID: 'd2',
        title: 'PV de janvier',
        description: 'Réunion du groupe',
        date: '2026-01-15T10:00:00+00:00',
        locked: true,
        folder: [{ title: 'Comptes rendus' }],
      },
    ],
  },
  tools: [],
  subgroups: [
    {
      '@id': `${NURSES}/liege`,
      '@type': 'SectoralGroup',
      UID: 'uid-liege',
      title: 'Infirmier·ère·s liégeois·es',
      intergroup: { token: 'igl', title: 'IGL' },
    },
  ],
};

const withOverview = (data) => ({
  state: { services: { 'group-overview': { loaded: true, data } } },
});

describe('GroupSpaceView', () => {
  it('shows the code of an intergroup', () => {
    renderWithStore(
      <GroupSpaceView
        content={{
          ...group,
          '@type': 'Intergroup',
          profession: undefined,
          code: { token: 'IGL', title: 'IGL' },
        }}
      />,
    );
    expect(screen.getByText('Intergroup · IGL')).toBeInTheDocument();
  });

  it('asks the space for its overview', () => {
    const { store } = renderWithStore(<GroupSpaceView content={group} />);
    expect(store.getActions()).toContainEqual({
      type: 'GET_SERVICE',
      subrequest: 'group-overview',
      request: {
        op: 'get',
        path: '/groupes-sectoriels/infirmiers/@group-overview',
      },
    });
  });

  it('tells the backend the space is opened and marks what is new since the previous visit', async () => {
    const api = jest.fn(() => ({ previous: '2026-11-10T00:00:00+00:00' }));
    const { store } = renderWithStore(<GroupSpaceView content={group} />, {
      ...withOverview(overview),
      api,
    });
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/groupes-sectoriels/infirmiers/@seen',
      data: {},
    });
    const news = screen
      .getByRole('heading', { name: 'Latest news' })
      .closest('section');
    expect(await within(news).findByText('New')).toBeInTheDocument();
    const documents = screen
      .getByRole('heading', { name: 'Documents' })
      .closest('section');
    expect(within(documents).queryByText('New')).toBeNull(); // older documents
    // Activities by the same rule: published since the visit, not by their start.
    const activities = within(
      screen
        .getByRole('heading', { name: 'Next activities' })
        .closest('section'),
    ).getAllByRole('listitem');
    expect(within(activities[0]).getByText('New')).toBeInTheDocument();
    expect(within(activities[1]).queryByText('New')).toBeNull();
    // The shortcut buttons are asked again: their counts clear.
    expect(store.getActions()).toContainEqual({
      type: 'GET_SERVICE',
      subrequest: 'my-shortcuts',
      request: { op: 'get', path: '/@my-shortcuts' },
    });
  });

  it('marks nothing when the backend refuses (no worker profile)', async () => {
    const api = jest.fn(() => {
      throw apiError(404, { message: 'Not found' });
    });
    const { store } = renderWithStore(<GroupSpaceView content={group} />, {
      ...withOverview(overview),
      api,
    });
    await waitFor(() => expect(api).toHaveBeenCalled());
    expect(screen.queryByText('New')).toBeNull();
    expect(
      store
        .getActions()
        .filter((action) => action.subrequest === 'my-shortcuts'),
    ).toHaveLength(0);
  });

  it('presents the group and its coordinators, linked to their page', () => {
    renderWithStore(<GroupSpaceView content={group} />, withOverview(overview));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Infirmier·ère·s',
    );
    expect(
      screen.getByText('Sectoral group · infirmier·ère'),
    ).toBeInTheDocument();
    const coordinators = screen
      .getByRole('heading', { name: 'Coordinators' })
      .closest('section');
    expect(
      within(coordinators).getByRole('link', { name: 'Marie Martin' }),
    ).toHaveAttribute('href', '/travailleurs/marie');
  });

  it('lists news and activities, each with a link to all of the group', () => {
    renderWithStore(<GroupSpaceView content={group} />, withOverview(overview));
    const news = screen
      .getByRole('heading', { name: 'Latest news' })
      .closest('section');
    expect(
      within(news).getByRole('link', { name: 'Nouvelles des infirmier·ère·s' }),
    ).toHaveAttribute('href', '/groupes-sectoriels/infirmiers/n1');
    expect(within(news).getByRole('link', { name: /See all/ })).toHaveAttribute(
      'href',
      '/actualites?group=uid-infirmiers',
    );
    const activities = screen
      .getByRole('heading', { name: 'Next activities' })
      .closest('section');
    expect(
      within(activities).getByRole('link', {
        name: 'Formation plaies et cicatrisation',
      }),
    ).toHaveAttribute('href', '/agenda/plaies');
  });

  it('lists documents with a lock and no link where they cannot be opened', () => {
    renderWithStore(<GroupSpaceView content={group} />, withOverview(overview));
    const documents = screen
      .getByRole('heading', { name: 'Documents' })
      .closest('section');
    expect(
      within(documents).getByRole('link', { name: 'Charte des soins' }),
    ).toHaveAttribute('href', '/groupes-sectoriels/infirmiers/charte');
    expect(
      within(documents).queryByRole('link', { name: /PV de janvier/ }),
    ).toBeNull();
    const locked = within(documents).getByText('PV de janvier').closest('li');
    expect(locked).toHaveClass('locked');
    expect(
      within(locked).getByText('(restricted access)', { exact: false }),
    ).toBeInTheDocument();
    expect(within(locked).getByText('Comptes rendus')).toBeInTheDocument();
    expect(
      within(documents).getByText(/7 documents, locked ones included/),
    ).toBeInTheDocument();
    // "See all" opens the Documents page filtered by the group's UID.
    expect(
      within(documents).getByRole('link', { name: /See all/ }),
    ).toHaveAttribute('href', '/documents?group=uid-infirmiers');
  });

  it('leads to its local groups and its folders', () => {
    renderWithStore(<GroupSpaceView content={group} />, withOverview(overview));
    const local = screen.getByRole('navigation', { name: 'Local groups' });
    expect(
      within(local).getByRole('link', { name: 'Infirmier·ère·s liégeois·es' }),
    ).toHaveAttribute('href', '/groupes-sectoriels/infirmiers/liege');
    expect(within(local).getByText(/IGL/)).toBeInTheDocument();
    const folders = screen.getByRole('navigation', { name: 'Folders' });
    expect(
      within(folders)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/groupes-sectoriels/infirmiers/pv']);
  });

  it('lists the tools of a thematic area', () => {
    renderWithStore(
      <GroupSpaceView content={{ ...group, '@type': 'Thematic' }} />,
      withOverview({
        ...overview,
        tools: [
          {
            '@id': `${SITE}/outils/kit-canicule`,
            '@type': 'Tool',
            UID: 't1',
            title: 'Kit canicule',
          },
        ],
      }),
    );
    const tools = screen
      .getByRole('heading', { name: 'Tools' })
      .closest('section');
    expect(
      within(tools).getByRole('link', { name: 'Kit canicule' }),
    ).toHaveAttribute('href', '/outils/kit-canicule');
  });

  it('says when a section is empty and hides the tools elsewhere', () => {
    renderWithStore(
      <GroupSpaceView content={group} />,
      withOverview({
        ...overview,
        news: [],
        documents: { items: [], items_total: 0 },
      }),
    );
    const news = screen
      .getByRole('heading', { name: 'Latest news' })
      .closest('section');
    expect(within(news).getByText('Nothing yet.')).toBeInTheDocument();
    expect(within(news).queryByRole('link', { name: /See all/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Tools' })).toBeNull();
  });

  it('warns about confidential spaces', () => {
    renderWithStore(
      <GroupSpaceView
        content={{
          ...group,
          '@type': 'WorkingGroup',
          confidential: true,
          items: [],
        }}
      />,
    );
    expect(
      screen.getByText('Working group · infirmier·ère'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Confidential space/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Folders' })).toBeNull();
  });
});
