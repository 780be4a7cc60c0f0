import { screen } from '@testing-library/react';
import ToolView from './ToolView';
import { renderWithStore } from '../../helpers/testing';

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
