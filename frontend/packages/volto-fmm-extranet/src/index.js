/**
 * Volto add-on of the FMM extranet: configuration applied to Volto.
 */
import ActivationPage from './components/Account/ActivationPage';
import PasswordResetPage from './components/Account/PasswordResetPage';
import AccountRequestPage from './components/AccountRequest/AccountRequestPage';
import AgendaPage from './components/Agenda/AgendaPage';
import DequapPage from './components/Catalogue/DequapPage';
import FormationsPage from './components/Catalogue/FormationsPage';
import ToolsPage from './components/Catalogue/ToolsPage';
import DocumentsPage from './components/Documents/DocumentsPage';
import HomePage from './components/Home/HomePage';
import LoginRedirect from './components/LoginRedirect/LoginRedirect';
import { withLogin } from './components/LoginRedirect/RequireLogin';
import MapPage from './components/Map/MapPage';
import NewsPage from './components/News/NewsPage';
import FavouritesPage from './components/Profile/FavouritesPage';
import JobsPage from './components/Profile/JobsPage';
import MyDataPage from './components/Profile/MyDataPage';
import ProfilePage from './components/Profile/ProfilePage';
import RegistrationsPage from './components/Profile/RegistrationsPage';
import SearchPage from './components/Search/SearchPage';
import ItemActions from './components/Sharing/ItemActions';
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
  // The agenda replaces the view of the folder `/agenda` only (its
  // activities, `/agenda/contents` and `/agenda/add` stay content).
  { path: '/agenda', component: AgendaPage, exact: true },
  // Same for the news, trainings and tools folders; a DEQuaP category lists
  // its trainings and tools.
  { path: '/actualites', component: withLogin(NewsPage), exact: true },
  { path: '/formations', component: withLogin(FormationsPage), exact: true },
  { path: '/outils', component: withLogin(ToolsPage), exact: true },
  { path: '/dequap/:token', component: withLogin(DequapPage), exact: true },
  // Pages of the links mailed by the backend (accounts/links.py); Volto's
  // `/passwordreset` (linked from the login form) asks for such a link too.
  { path: '/activer-mon-compte', component: ActivationPage, exact: true },
  { path: '/nouveau-mot-de-passe', component: PasswordResetPage, exact: true },
  { path: '/passwordreset', component: PasswordResetPage, exact: true },
  // The menu under the user's name.
  { path: '/mon-profil', component: ProfilePage, exact: true },
  { path: '/mes-emplois', component: JobsPage, exact: true },
  { path: '/mes-inscriptions', component: RegistrationsPage, exact: true },
  { path: '/mes-favoris', component: FavouritesPage, exact: true },
  { path: '/mes-donnees', component: MyDataPage, exact: true },
];

const applyConfig = (config) => {
  // Anchored, so that content named like a route (e.g. a folder
  // `/groupes/infirmiers/documents`) is still fetched as content; route
  // parameters (`:token`) stand for one path segment.
  const routePaths = ROUTES.filter((route) => route.path !== '/').map(
    (route) => new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}$`),
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
    // The heart and "share" of any content page (they show only there).
    appExtras: [
      ...(config.settings.appExtras || []),
      { match: '', component: ItemActions },
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
