/**
 * Field widgets of the extranet's edit and add forms, chosen by the backend's
 * widget hints (`directives.widget(..., frontendOptions={"widget": ...})`).
 */
import TermRowsWidget from '../components/Admin/TermRowsWidget';
import FunctionsWidget from '../components/Widgets/FunctionsWidget';
import GeoJsonWidget from '../components/Widgets/GeoJsonWidget';
import PeopleWidget from '../components/Widgets/PeopleWidget';
import GeolocationWidget from '../components/MedicalHouses/GeolocationWidget';

const applyWidgets = (config) => {
  // user ids picked by name: members, coordinators, managers
  config.widgets.widget.fmm_people = PeopleWidget;
  // Job.functions: rows of function, complement, speciality
  config.widgets.widget.fmm_functions = FunctionsWidget;
  // a house's registration zone: GeoJSON polygon text, checked
  config.widgets.widget.fmm_geojson = GeoJsonWidget;
  // a house's location: latitude and longitude
  config.widgets.widget.fmm_geolocation = GeolocationWidget;
  // the Extranet settings' vocabularies (token|Label lines) as rows
  config.widgets.widget.fmm_term_rows = TermRowsWidget;
  return config;
};

export default applyWidgets;
