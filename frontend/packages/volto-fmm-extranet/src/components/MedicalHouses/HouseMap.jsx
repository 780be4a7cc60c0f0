import { useEffect, useRef } from 'react';
import PropTypes from 'prop-types';
import { useHistory } from 'react-router-dom';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

const BELGIUM = { center: [50.6, 4.6], zoom: 8 };
const DEFAULT_COLOUR = '#0b5ea8';
const zoneStyle = (colour) => ({ color: colour, weight: 1, fillOpacity: 0.2 });
const pointStyle = (colour) => ({
  radius: 6,
  color: '#1b1b1b',
  weight: 1,
  fillColor: colour,
  fillOpacity: 0.9,
});

/** Leaflet shows the attribution as HTML: the settings' text stays text. */
const escapeHtml = (text = '') =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The popup of a house: its name linking to its page (in the app), then
 * its details, one a line.
 */
const popupOf = (house, history) => {
  const popup = document.createElement('div');
  const title = document.createElement('strong');
  const link = document.createElement('a');
  const path = flattenToAppURL(house['@id']);
  link.href = path;
  link.textContent = house.label;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    history.push(path);
  });
  title.appendChild(link);
  popup.appendChild(title);
  (house.details || []).forEach((line) => {
    const paragraph = document.createElement('div');
    paragraph.textContent = line;
    popup.appendChild(paragraph);
  });
  return popup;
};

/**
 * Leaflet map of medical houses: registration zone and location of each,
 * in the house's colour, with a popup (name linking to its page, details).
 * The background tiles and their attribution come from the Extranet
 * settings; without a tile address, a blank background (no tile requested).
 * Browser only (loaded lazily); the page lists the same houses as text.
 */
const HouseMap = ({ houses, label, tileUrl, attribution }) => {
  const history = useHistory();
  const element = useRef(null);
  const map = useRef(null);
  const layer = useRef(null);

  useEffect(() => {
    map.current = L.map(element.current).setView(BELGIUM.center, BELGIUM.zoom);
    layer.current = L.featureGroup().addTo(map.current);
    return () => map.current.remove();
  }, []);

  useEffect(() => {
    if (!tileUrl) {
      return undefined;
    }
    const tiles = L.tileLayer(tileUrl, {
      maxZoom: 18,
      attribution: escapeHtml(attribution),
    }).addTo(map.current);
    return () => tiles.remove();
  }, [tileUrl, attribution]);

  useEffect(() => {
    layer.current.clearLayers();
    houses.forEach((house) => {
      const colour = house.colour || DEFAULT_COLOUR;
      if (house.zone?.coordinates) {
        L.geoJSON(house.zone, { style: zoneStyle(colour) })
          .bindPopup(() => popupOf(house, history))
          .addTo(layer.current);
      }
      const { latitude, longitude } = house.geolocation || {};
      if (typeof latitude === 'number' && typeof longitude === 'number') {
        L.circleMarker([latitude, longitude], pointStyle(colour))
          .bindPopup(() => popupOf(house, history))
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
      colour: PropTypes.string,
      details: PropTypes.arrayOf(PropTypes.string),
      zone: PropTypes.object,
      geolocation: PropTypes.object,
    }),
  ).isRequired,
  label: PropTypes.string.isRequired,
  tileUrl: PropTypes.string,
  attribution: PropTypes.string,
};

export default HouseMap;
