import { screen } from '@testing-library/react';
import FormationView from './FormationView';
import { renderWithStore, searchRequests } from '../../helpers/testing';

const formation = {
  '@id': 'http://localhost:8080/Plone/formations/ecoute-active',
  '@type': 'Formation',
  title: 'Écoute active',
  dequap_category: { token: 'accessibility', title: 'Accessibilité' },
  formation_status: { token: 'scheduled', title: 'Programmée' },
  context: { data: '<p>Contexte de la formation</p>' },
  objectives: 'Savoir écouter\nSavoir reformuler',
  method: null,
};

describe('FormationView', () => {
  it('shows its DEQuaP category as a link to the category', () => {
    renderWithStore(<FormationView content={formation} />);
    expect(screen.getByRole('link', { name: 'Accessibilité' })).toHaveAttribute(
      'href',
      '/dequap/accessibility',
    );
    const status = screen.getByText('Programmée');
    expect(status).toHaveClass('scheduled');
    expect(status.querySelector('svg')).not.toBeNull();
  });

  it('shows the filled sections of the sheet only', () => {
    renderWithStore(<FormationView content={formation} />);
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent),
    ).toEqual(['Context', 'Objectives', 'Sessions', 'Documents']);
    expect(screen.getByText('Contexte de la formation')).toBeInTheDocument();
  });

  it('lists its sessions and documents', () => {
    const { store } = renderWithStore(<FormationView content={formation} />);
    const requests = searchRequests(store);
    expect(requests['formation-sessions']).toMatch(
      /^\/formations\/ecoute-active\/@search\?sort_on=start.*portal_type:list=Activity/,
    );
    expect(requests['formation-documents']).toMatch(/portal_type:list=File/);
  });

  it('has no calendar icon for archived sheets', () => {
    renderWithStore(
      <FormationView
        content={{
          ...formation,
          formation_status: { token: 'archived', title: 'Archivée' },
        }}
      />,
    );
    expect(screen.getByText('Archivée').querySelector('svg')).toBeNull();
  });
});
