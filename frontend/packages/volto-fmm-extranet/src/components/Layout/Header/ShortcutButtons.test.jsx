import { screen, within } from '@testing-library/react';
import ShortcutButtons from './ShortcutButtons';
import { renderWithStore } from '../../../helpers/testing';

const SITE = 'http://localhost:8080/Plone';
const withShortcuts = (items) => ({
  state: {
    services: {
      'my-shortcuts': {
        loading: false,
        loaded: true,
        error: null,
        data: { items },
      },
    },
  },
});

describe('ShortcutButtons', () => {
  it('shows on each button how many items are new in its space', () => {
    renderWithStore(
      <ShortcutButtons />,
      withShortcuts([
        {
          '@id': `${SITE}/intergroupes/igl`,
          title: 'IGL',
          kind: 'intergroup',
          new: 0,
        },
        {
          '@id': `${SITE}/groupes-sectoriels/infirmiers`,
          title: 'Infirmier·ère·s',
          kind: 'sectoral_group',
          new: 3,
        },
        {
          '@id': `${SITE}/thematiques/sante`,
          title: 'Santé',
          kind: 'thematic',
          new: 250,
        },
      ]),
    );
    const groups = screen.getByRole('navigation', { name: 'My groups' });
    const nurses = within(groups).getByRole('link', {
      name: 'Infirmier·ère·s (3 new items)',
    });
    expect(nurses).toHaveAttribute('href', '/groupes-sectoriels/infirmiers');
    expect(within(nurses).getByText('3')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    const igl = within(groups).getByRole('link', { name: 'IGL' });
    expect(igl.querySelector('.fmm-new-count')).toBeNull();
    const theme = within(groups).getByRole('link', {
      name: 'Santé (250 new items)',
    });
    expect(within(theme).getByText('99+')).toBeInTheDocument();
  });
});
