import { screen } from '@testing-library/react';
import ActivityView from './ActivityView';
import AnnouncementView from './AnnouncementView';
import SynthesisPageView from './SynthesisPageView';
import ToolView from './ToolView';
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

describe('AnnouncementView', () => {
  it('shows its type and the house that published it', () => {
    renderWithStore(
      <AnnouncementView
        content={{
          title: 'Infirmier·ère mi-temps',
          announcement_type: { token: 'job_offer', title: 'Offre d’emploi' },
          effective: '2026-02-02T10:00:00+00:00',
          parent: {
            '@id': 'http://localhost:8080/Plone/maisons-medicales/mm-centre',
            title: 'MM du Centre',
          },
        }}
      />,
    );
    expect(screen.getByText('Offre d’emploi')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'MM du Centre' })).toHaveAttribute(
      'href',
      '/maisons-medicales/mm-centre',
    );
    expect(screen.getByText(/Published by/)).toHaveTextContent(
      'February 2, 2026',
    );
  });
});

describe('ToolView', () => {
  it('offers its file for download', () => {
    renderWithStore(
      <ToolView
        content={{
          title: 'Kit animation',
          dequap_category: 'participation',
          tool_kind: { token: 'kit', title: 'Kit d’animation' },
          video_url: 'https://video.example.org/kit',
          file: {
            download: 'http://localhost:8080/Plone/outils/kit/@@download/file',
            filename: 'kit.pdf',
          },
        }}
      />,
    );
    expect(
      screen.getByRole('link', { name: 'Download kit.pdf' }),
    ).toHaveAttribute('href', '/outils/kit/@@download/file');
    expect(
      screen.getByRole('link', { name: 'participation' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Kit d’animation')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Watch the video' }),
    ).toHaveAttribute('href', 'https://video.example.org/kit');
  });
});

describe('SynthesisPageView', () => {
  it('lists the resources it compiles', () => {
    renderWithStore(
      <SynthesisPageView
        content={{
          title: 'Écologie et santé',
          relatedItems: [
            {
              '@id': 'http://localhost:8080/Plone/outils/kit',
              title: 'Kit',
              type_title: 'Tool',
            },
            null,
          ],
        }}
      />,
    );
    expect(screen.getByText('Synthesis page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kit' })).toHaveAttribute(
      'href',
      '/outils/kit',
    );
  });
});
