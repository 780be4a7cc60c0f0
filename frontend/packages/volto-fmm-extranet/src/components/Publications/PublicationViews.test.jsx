import { screen } from '@testing-library/react';
import AnnouncementView from './AnnouncementView';
import SynthesisPageView from './SynthesisPageView';
import { renderWithStore } from '../../helpers/testing';

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
