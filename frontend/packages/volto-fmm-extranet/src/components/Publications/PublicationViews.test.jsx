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

describe('AnnouncementView of a job offer', () => {
  const offer = {
    title: 'Accueillant·e',
    announcement_type: { token: 'job_offer', title: 'Offre d’emploi' },
    job_functions: [
      { token: 'accueillant', title: 'Accueillant·e' },
      { token: 'infirmier', title: 'Infirmier·ère' },
    ],
    contract: { token: 'cdi', title: 'CDI' },
    working_hours: '19 h par semaine',
    job_start: '2027-01-04',
    how_to_apply: 'CV et lettre',
    publish_on_website: true,
    publication_end: '2027-01-31',
  };

  it('states its functions, contract, hours, start and how to apply', () => {
    renderWithStore(<AnnouncementView content={offer} />);
    expect(screen.getByText('Function(s)').nextSibling).toHaveTextContent(
      'Accueillant·e, Infirmier·ère',
    );
    expect(screen.getByText('Contract').nextSibling).toHaveTextContent('CDI');
    expect(screen.getByText('Working hours').nextSibling).toHaveTextContent(
      '19 h par semaine',
    );
    expect(screen.getByText('Start').nextSibling).toHaveTextContent(
      'January 4, 2027',
    );
    expect(screen.getByText('CV et lettre')).toBeInTheDocument();
    expect(
      screen.getByText(/On the federation’s website until/),
    ).toHaveTextContent('January 31, 2027');
  });

  it('leaves them out of other announcements, and unpublished offers say nothing of the website', () => {
    renderWithStore(
      <AnnouncementView
        content={{
          ...offer,
          announcement_type: { token: 'equipment', title: 'Matériel' },
        }}
      />,
    );
    expect(screen.queryByText('Contract')).toBeNull();
    renderWithStore(
      <AnnouncementView content={{ ...offer, publish_on_website: false }} />,
    );
    expect(screen.queryByText(/On the federation’s website/)).toBeNull();
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
