import { screen } from '@testing-library/react';
import Footer from './Footer';
import HelpPage from '../Help/HelpPage';
import PrivacyPage from '../Help/PrivacyPage';
import { fakeToken, renderWithStore } from '../../../helpers/testing';

describe('Footer', () => {
  it('names the federation and links to help and privacy', () => {
    renderWithStore(<Footer />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Federation of medical houses',
    );
    expect(screen.getByRole('link', { name: 'Help' })).toHaveAttribute(
      'href',
      '/aide',
    );
    expect(screen.getByRole('link', { name: 'Privacy' })).toHaveAttribute(
      'href',
      '/vie-privee',
    );
  });
});

describe('Help and privacy pages', () => {
  it('shows anonymous visitors the ways in', () => {
    renderWithStore(<HelpPage />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Help' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Request an account' }),
    ).toHaveAttribute('href', '/demande-de-compte');
    expect(
      screen.getByRole('link', { name: 'Choose a new password' }),
    ).toHaveAttribute('href', '/nouveau-mot-de-passe');
  });

  it('gives the privacy notice, and one’s data once logged in', () => {
    renderWithStore(<PrivacyPage />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Privacy' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/processes your first and last names/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /my data/ })).toBeNull();

    renderWithStore(<PrivacyPage />, {
      state: { userSession: { token: fakeToken({ sub: 'anne' }) } },
    });
    expect(
      screen.getByRole('link', { name: 'See, download or erase my data' }),
    ).toHaveAttribute('href', '/mes-donnees');
  });
});
