import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import L from 'leaflet';
import HouseMap from './HouseMap';

jest.mock('leaflet', () => {
  const layer = () => ({
    addTo: jest.fn().mockReturnThis(),
    remove: jest.fn(),
    clearLayers: jest.fn(),
    getBounds: () => ({ isValid: () => false }),
  });
  return {
    map: jest.fn(() => ({
      setView: jest.fn().mockReturnThis(),
      remove: jest.fn(),
    })),
    tileLayer: jest.fn(layer),
    featureGroup: jest.fn(layer),
  };
});
jest.mock('leaflet/dist/leaflet.css', () => ({}));

const draw = (props) =>
  render(
    <MemoryRouter>
      <HouseMap houses={[]} label="Carte" {...props} />
    </MemoryRouter>,
  );

describe('HouseMap', () => {
  beforeEach(() => L.tileLayer.mockClear());

  it('draws the tiles of the settings, their attribution as text', () => {
    draw({
      tileUrl: 'https://tiles.example.be/{z}/{x}/{y}.png',
      attribution: '© Exemple <b>',
    });
    expect(L.tileLayer).toHaveBeenCalledWith(
      'https://tiles.example.be/{z}/{x}/{y}.png',
      { maxZoom: 18, attribution: '© Exemple &#60;b&#62;' },
    );
  });

  it('asks for no tile without a tile address: a blank background', () => {
    draw({});
    expect(L.tileLayer).not.toHaveBeenCalled();
  });
});
