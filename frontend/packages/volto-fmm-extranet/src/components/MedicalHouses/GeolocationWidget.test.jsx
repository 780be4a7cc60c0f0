import { fireEvent, screen } from '@testing-library/react';
import GeolocationWidget, { located } from './GeolocationWidget';
import { renderWithStore } from '../../helpers/testing';

describe('GeolocationWidget', () => {
  it('edits the latitude and longitude of the location', () => {
    const onChange = jest.fn();
    renderWithStore(
      <GeolocationWidget
        id="geolocation"
        title="Location"
        value={{ latitude: 50.84, longitude: 4.35 }}
        onChange={onChange}
      />,
    );
    const latitude = screen.getByLabelText(/Latitude/);
    expect(latitude).toHaveValue(50.84);
    expect(screen.getByLabelText(/Longitude/)).toHaveValue(4.35);
    fireEvent.change(latitude, { target: { value: '50.5' } });
    expect(onChange).toHaveBeenCalledWith('geolocation', {
      latitude: 50.5,
      longitude: 4.35,
    });
  });

  it('gives null once both are emptied, the one typed alone otherwise', () => {
    expect(located({ latitude: 1 }, 'latitude', '')).toBeNull();
    expect(located(null, 'longitude', '4.2')).toEqual({ longitude: 4.2 });
  });
});
