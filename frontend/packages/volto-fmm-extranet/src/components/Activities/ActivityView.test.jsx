import { screen } from '@testing-library/react';
import ActivityView from './ActivityView';
import { renderWithStore } from '../../helpers/testing';

describe('ActivityView', () => {
  it('shows dates, place, type, organiser and contact', () => {
    renderWithStore(
      <ActivityView
        content={{
          '@id': '/agenda/ag',
          title: 'Assemblée générale',
          start: '2026-06-05T12:00:00+00:00',
          end: '2026-06-05T14:00:00+00:00',
          location: 'Namur',
          activity_type: { token: 'movement', title: 'Activité du mouvement' },
          organiser: { token: 'uid-igb', title: 'IGB' },
          sectors: [
            { token: 'nurse', title: 'infirmier·ère' },
            { token: 'gp', title: 'médecin généraliste' },
          ],
          contact_name: 'Marie Martin',
          contact_email: 'marie@example.org',
          text: { data: '<p>Ordre du jour</p>' },
        }}
      />,
    );
    expect(screen.getByText('When').nextSibling).toHaveTextContent(
      /June 5, 2026.*2:00.*4:00/,
    );
    expect(screen.getByText('Namur')).toBeInTheDocument();
    expect(screen.getByText('Activité du mouvement')).toBeInTheDocument();
    expect(screen.getByText('Organiser').nextSibling).toHaveTextContent('IGB');
    expect(
      screen.getByText('Professions concerned').nextSibling,
    ).toHaveTextContent('infirmier·ère, médecin généraliste');
    expect(screen.queryByText('Thematic areas')).toBeNull();
    expect(
      screen.getByRole('link', { name: 'marie@example.org' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ordre du jour')).toBeInTheDocument();
    expect(screen.queryByText('Website')).toBeNull();
  });
});
