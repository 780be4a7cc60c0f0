/**
 * Volto add-on of the FMM extranet: configuration applied to Volto.
 */
import AccountRequestPage from './components/AccountRequest/AccountRequestPage';
import DocumentsPage from './components/Documents/DocumentsPage';
import HomePage from './components/Home/HomePage';
import LoginRedirect from './components/LoginRedirect/LoginRedirect';
import MapPage from './components/Map/MapPage';
import SearchPage from './components/Search/SearchPage';
import ActivityView from './components/Views/ActivityView';
import AnnouncementView from './components/Views/AnnouncementView';
import FormationView from './components/Views/FormationView';
import GroupSpaceView from './components/Views/GroupSpaceView';
import MedicalHouseView from './components/Views/MedicalHouseView';
import SynthesisPageView from './components/Views/SynthesisPageView';
import ToolView from './components/Views/ToolView';
import WorkerView from './components/Views/WorkerView';
import reducers from './reducers';
import './theme/extranet.less';

/** Pages of the extranet that are not Plone content. */
export const ROUTES = [
  { path: '/', component: HomePage, exact: true },
  { path: '/search', component: SearchPage, exact: true },
  { path: '/documents', component: DocumentsPage, exact: true },
  { path: '/demande-de-compte', component: AccountRequestPage, exact: true },
  { path: '/cartographie', component: MapPage, exact: true },
];

const applyConfig = (config) => {
  // Anchored, so that content named like a route (e.g. a folder
  // `/groupes/infirmiers/documents`) is still fetched as content.
  const routePaths = ROUTES.filter((route) => route.path !== '/').map(
    (route) => new RegExp(`^${route.path}$`),
  );

  config.settings = {
    ...config.settings,
    supportedLanguages: ['fr'],
    defaultLanguage: 'fr',
    isMultilingual: false,
    nonContentRoutes: [...config.settings.nonContentRoutes, ...routePaths],
    nonContentRoutesPublic: [
      ...config.settings.nonContentRoutesPublic,
      ...routePaths,
    ],
  };

  config.addonRoutes = [...config.addonRoutes, ...ROUTES];
  config.addonReducers = { ...config.addonReducers, ...reducers };

  config.views = {
    ...config.views,
    contentTypesViews: {
      ...config.views.contentTypesViews,
      MedicalHouse: MedicalHouseView,
      Worker: WorkerView,
      Intergroup: GroupSpaceView,
      SectoralGroup: GroupSpaceView,
      WorkingGroup: GroupSpaceView,
      Thematic: GroupSpaceView,
      Announcement: AnnouncementView,
      Formation: FormationView,
      Tool: ToolView,
      SynthesisPage: SynthesisPageView,
      Activity: ActivityView,
    },
    errorViews: {
      ...config.views.errorViews,
      401: LoginRedirect,
    },
  };

  return config;
};

export default applyConfig;
