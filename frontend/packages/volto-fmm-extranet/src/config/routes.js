/**
 * Pages of the extranet that are not Plone content, by capability.
 */
import AccountRequestPage from '../components/Accounts/AccountRequestPage';
import AccountReviewPage from '../components/Accounts/AccountReviewPage';
import ActivationPage from '../components/Accounts/ActivationPage';
import PasswordResetPage from '../components/Accounts/PasswordResetPage';
import TeamAccessPage from '../components/Accounts/TeamAccessPage';
import AuditLogPage from '../components/Admin/AuditLogPage';
import AgendaPage from '../components/Agenda/AgendaPage';
import DequapPage from '../components/Catalogue/DequapPage';
import FormationsPage from '../components/Catalogue/FormationsPage';
import ToolsPage from '../components/Catalogue/ToolsPage';
import { withLogin } from '../components/Core/LoginRedirect/RequireLogin';
import FavouritesPage from '../components/Favourites/FavouritesPage';
import GdprRequestsPage from '../components/Gdpr/GdprRequestsPage';
import MyDataPage from '../components/Gdpr/MyDataPage';
import RelayReplyPage from '../components/Helpdesk/RelayReplyPage';
import HomePage from '../components/Layout/Home/HomePage';
import HelpPage from '../components/Layout/Help/HelpPage';
import PrivacyPage from '../components/Layout/Help/PrivacyPage';
import HouseDirectoryPage from '../components/MedicalHouses/HouseDirectoryPage';
import MapPage from '../components/MedicalHouses/MapPage';
import NewsletterArchivePage from '../components/Newsletter/NewsletterArchivePage';
import UnsubscribePage from '../components/Newsletter/UnsubscribePage';
import DirectoryPage from '../components/People/DirectoryPage';
import JobsPage from '../components/People/JobsPage';
import ProfilePage from '../components/People/ProfilePage';
import DocumentsPage from '../components/Publications/DocumentsPage';
import AnnouncementsPage from '../components/Publications/AnnouncementsPage';
import NewsPage from '../components/Publications/NewsPage';
import ParticipantsPage from '../components/Registrations/ParticipantsPage';
import RegistrationsPage from '../components/Registrations/RegistrationsPage';
import SearchPage from '../components/Search/SearchPage';

/** Pages of the extranet that are not Plone content. */
export const ROUTES = [
  { path: '/', component: HomePage, exact: true },
  // Footer links, open to every visitor.
  { path: '/aide', component: HelpPage, exact: true },
  { path: '/vie-privee', component: PrivacyPage, exact: true },
  { path: '/search', component: SearchPage, exact: true },
  { path: '/documents', component: DocumentsPage, exact: true },
  { path: '/demande-de-compte', component: AccountRequestPage, exact: true },
  // The map asks @medical-houses, which answers active workers only.
  { path: '/cartographie', component: withLogin(MapPage), exact: true },
  // The agenda replaces the view of the folder `/agenda` only (its
  // activities, `/agenda/contents` and `/agenda/add` stay content).
  { path: '/agenda', component: AgendaPage, exact: true },
  // Same for the news, trainings and tools folders; a DEQuaP category lists
  // its trainings and tools.
  { path: '/actualites', component: withLogin(NewsPage), exact: true },
  { path: '/annonces', component: withLogin(AnnouncementsPage), exact: true },
  { path: '/formations', component: withLogin(FormationsPage), exact: true },
  { path: '/outils', component: withLogin(ToolsPage), exact: true },
  // The newsletter's archive (`/lettre-electronique/add` stays content).
  {
    path: '/lettre-electronique',
    component: withLogin(NewsletterArchivePage),
    exact: true,
  },
  { path: '/dequap/:token', component: withLogin(DequapPage), exact: true },
  // The worker directory replaces the listing of the workers' folder only (a
  // worker's page below it stays content).
  { path: '/travailleurs', component: withLogin(DirectoryPage), exact: true },
  // Same for the medical houses' folder (a house's page stays content).
  {
    path: '/maisons-medicales',
    component: withLogin(HouseDirectoryPage),
    exact: true,
  },
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
  {
    path: '/repondre/:token',
    component: withLogin(RelayReplyPage),
    exact: true,
  },
  { path: '/mes-donnees', component: MyDataPage, exact: true },
  // The unsubscribe link of the newsletter mails: no login, its own token.
  { path: '/se-desabonner/:token', component: UnsubscribePage, exact: true },
  // MM managers, their delegates and the staff (user menu, house page).
  { path: '/gestion-des-acces', component: TeamAccessPage, exact: true },
  // Administrators (user menu): the objection and erasure requests.
  { path: '/demandes-rgpd', component: GdprRequestsPage, exact: true },
  // Administrators (user menu): who did what, when, about whom.
  { path: '/journal-d-audit', component: AuditLogPage, exact: true },
  // Reviewers (user menu): intergroup coordinators, the staff, admins.
  { path: '/demandes-de-compte', component: AccountReviewPage, exact: true },
];

/** Pages below a content item, e.g. `<activity>/participants`, each with
 * the pattern of its paths (not content). */
export const CONTENT_ROUTES = [
  // Organisers and staff (the activity's "Participants" button).
  {
    path: '/**/participants',
    component: withLogin(ParticipantsPage),
    pattern: /\/participants$/,
  },
];

const applyRoutes = (config) => {
  // Anchored, so that content named like a route (e.g. a folder
  // `/groupes/infirmiers/documents`) is still fetched as content; route
  // parameters (`:token`) stand for one path segment.
  const routePaths = ROUTES.filter((route) => route.path !== '/').map(
    (route) => new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}$`),
  );
  routePaths.push(...CONTENT_ROUTES.map((route) => route.pattern));

  config.settings = {
    ...config.settings,
    // First: Volto's getBaseUrl strips them in turn, so `/agenda/add` (Volto's
    // `/add` stripped after ours) keeps `/agenda` as its folder, not the root.
    nonContentRoutes: [...routePaths, ...config.settings.nonContentRoutes],
    nonContentRoutesPublic: [
      ...config.settings.nonContentRoutesPublic,
      ...routePaths,
    ],
  };
  config.addonRoutes = [
    ...config.addonRoutes,
    ...ROUTES,
    ...CONTENT_ROUTES.map(({ path, component }) => ({ path, component })),
  ];
  return config;
};

export default applyRoutes;
