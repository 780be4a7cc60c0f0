import { useEffect, useRef } from 'react';
import PropTypes from 'prop-types';
import { useHistory } from 'react-router-dom';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

const BELGIUM = { center: [50.6, 4.6], zoom: 8 };
const ZONE_STYLE = { color: '#0b5ea8', weight: 1, fillOpacity: 0.15 };
const POINT_STYLE = {
  radius: 6,
  color: '#0a3a66',
  fillColor: '#0b5ea8',
  fillOpacity: 0.9,
};

/**
 * Leaflet map of medical houses: registration zone and location of each,
 * with a popup linking to its page. Browser only (loaded lazily); the page
 * lists the same houses as text.
 */
const HouseMap = ({ houses, label }) => {
  const history = useHistory();
  const element = useRef(null);
  const map = useRef(null);
  const layer = useRef(null);

  useEffect(() => {
    map.current = L.map(element.current).setView(BELGIUM.center, BELGIUM.zoom);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18,
      attribution: '&copy; OpenStreetMap',
    }).addTo(map.current);
    layer.current = L.featureGroup().addTo(map.current);
    return () => map.current.remove();
  }, []);

  useEffect(() => {
    layer.current.clearLayers();
    houses.forEach((house) => {
      const link = document.createElement('a');
      const path = flattenToAppURL(house['@id']);
      link.href = path;
      link.textContent = house.label;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        history.push(path);
      });
      if (house.zone?.coordinates) {
        L.geoJSON(house.zone, { style: ZONE_STYLE })
          .bindPopup(link)
          .addTo(layer.current);
      }
      const { latitude, longitude } = house.geolocation || {};
      if (typeof latitude === 'number' && typeof longitude === 'number') {
        L.circleMarker([latitude, longitude], POINT_STYLE)
          .bindPopup(link)
          .addTo(layer.current);
      }
    });
    const bounds = layer.current.getBounds();
    if (bounds.isValid()) {
      map.current.fitBounds(bounds, { maxZoom: 13 });
    }
  }, [houses, history]);

  // A named region, not an image: the map holds controls (zoom, popups,
  // links), and an image may not contain any.
  return (
    <div ref={element} className="fmm-map" role="region" aria-label={label} />
  );
};

HouseMap.propTypes = {
  houses: PropTypes.arrayOf(
    PropTypes.shape({
      '@id': PropTypes.string.isRequired,
      label: PropTypes.string.isRequired,
      zone: PropTypes.object,
      geolocation: PropTypes.object,
    }),
  ).isRequired,
  label: PropTypes.string.isRequired,
};

export default HouseMap;
