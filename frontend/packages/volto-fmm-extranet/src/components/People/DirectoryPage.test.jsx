import { screen, within } from '@testing-library/react';
import DirectoryPage, { directoryPath } from './DirectoryPage';
import { fakeToken, renderWithStore } from '../../helpers/testing';

const loggedIn = { userSession: { token: fakeToken({ sub: 'anne' }) } };

const answer = {
  items_total: 1,
  items: [
    {
      '@id': 'http://localhost:8080/Plone/travailleurs/karim',
      title: 'Karim Bensaïd',
      photo: null,
      expertise: 'Assuétudes',
      internship_supervisor: true,
      jobs: [
        {
          workplace: {
            title: 'Maison médicale du Laveu (101)',
            '@id': 'http://localhost:8080/Plone/maisons-medicales/mm-laveu',
          },
          functions: [
            {
              title: 'médecin généraliste',
              complement: 'maître de stage',
              speciality: 'addictions',
            },
          ],
          phone: '04 222 00 00',
        },
      ],
    },
  ],
  facets: { function: [], intergroup: [] },
};

describe('directoryPath', () => {
  it('asks @directory with the filters of the URL, one page at a time', () => {
    expect(
      directoryPath(
        { function: 'medecin_generaliste', speciality: 'addictions', x: 'y' },
        24,
      ),
    ).toBe(
      '/@directory?function=medecin_generaliste&speciality=addictions&b_start=24&b_size=24',
    );
  });
});

describe('DirectoryPage', () => {
  it('shows each worker as a card opening their page, with their jobs and a phone', () => {
    const { store } = renderWithStore(<DirectoryPage />, {
      route: '/travailleurs?function=medecin_generaliste',
      state: {
        ...loggedIn,
        services: { 'fmm-directory': { loaded: true, data: answer } },
      },
    });
    const link = screen.getByRole('link', { name: 'Karim Bensaïd' });
    expect(link).toHaveAttribute('href', '/travailleurs/karim');
    const card = link.closest('li');
    expect(
      within(card).getByText(
        /médecin généraliste \(maître de stage, addictions\) — Maison médicale du Laveu \(101\)/,
      ),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: '04 222 00 00' }),
    ).toHaveAttribute('href', 'tel:042220000');
    const asked = store
      .getActions()
      .filter((action) => action.type === 'GET_SERVICE')
      .map((action) => action.request.path);
    expect(asked).toEqual([
      '/@directory?function=medecin_generaliste&b_size=24',
    ]);
    expect(screen.getByLabelText('Speciality')).toBeInTheDocument();
  });
});
