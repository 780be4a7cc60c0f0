import { screen, within } from '@testing-library/react';
import GroupSpaceView from './GroupSpaceView';
import { renderWithStore, searchRequests } from '../../helpers/testing';

const group = {
  '@id': 'http://localhost:8080/Plone/groupes-sectoriels/infirmiers',
  '@type': 'SectoralGroup',
  title: 'Infirmier·ère·s',
  description: 'Le groupe des infirmier·ère·s des maisons médicales',
  profession: { token: 'nurse', title: 'infirmier·ère' },
  confidential: false,
  coordinators: [{ token: 'marie', title: 'Marie Martin' }, 'jean'],
  items: [
    {
      '@id': 'http://localhost:8080/Plone/groupes-sectoriels/infirmiers/pv',
      '@type': 'Folder',
      title: 'PV',
    },
    {
      '@id': 'http://localhost:8080/Plone/groupes-sectoriels/infirmiers/liege',
      '@type': 'SectoralGroup',
      title: 'Infirmier·ère·s liégeois·es',
    },
    {
      '@id': 'http://localhost:8080/Plone/groupes-sectoriels/infirmiers/n1',
      '@type': 'News Item',
      title: 'N1',
    },
  ],
};

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

  it('presents the group and its coordinators', () => {
    renderWithStore(<GroupSpaceView content={group} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Infirmier·ère·s',
    );
    expect(
      screen.getByText('Sectoral group · infirmier·ère'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Le groupe des infirmier·ère·s des maisons médicales'),
    ).toBeInTheDocument();
    const coordinators = screen
      .getByRole('heading', { name: 'Coordinators' })
      .closest('section');
    expect(
      within(coordinators)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Marie Martin', 'jean']);
  });

  it('lists latest news, next activities and documents of the group', () => {
    const { store } = renderWithStore(<GroupSpaceView content={group} />);
    const requests = searchRequests(store);
    expect(requests['group-news']).toMatch(
      /^\/groupes-sectoriels\/infirmiers\/@search\?.*portal_type:list=News Item/,
    );
    expect(requests['group-activities']).toMatch(/portal_type:list=Activity/);
    expect(requests['group-documents']).toMatch(/portal_type:list=File/);
  });

  it('links to its sub-folders', () => {
    renderWithStore(<GroupSpaceView content={group} />);
    const folders = screen.getByRole('navigation', { name: 'Folders' });
    expect(
      within(folders)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      '/groupes-sectoriels/infirmiers/pv',
      '/groupes-sectoriels/infirmiers/liege',
    ]);
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
