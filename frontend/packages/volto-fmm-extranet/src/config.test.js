import applyConfig from './index';

const baseConfig = () => ({
  settings: {
    supportedLanguages: ['en'],
    defaultLanguage: 'en',
    nonContentRoutes: ['/login'],
    nonContentRoutesPublic: ['/login'],
  },
  addonRoutes: [],
  addonReducers: {},
  views: {
    contentTypesViews: { Event: 'EventView' },
    errorViews: { 404: 'NotFound' },
  },
  widgets: { widget: {} },
  registerSlotComponent: jest.fn(),
});

describe('applyConfig', () => {
  const config = applyConfig(baseConfig());

  it('puts the heart and share bar in the content views', () => {
    expect(config.registerSlotComponent).toHaveBeenCalledWith(
      expect.objectContaining({ slot: 'belowContent', name: 'itemActions' }),
    );
  });

  it('gives the custom fields their widgets', () => {
    expect(Object.keys(config.widgets.widget).sort()).toEqual([
      'fmm_functions',
      'fmm_geojson',
      'fmm_geolocation',
      'fmm_people',
      'fmm_term_rows',
    ]);
  });

  it('speaks French only', () => {
    expect(config.settings.supportedLanguages).toEqual(['fr']);
    expect(config.settings.defaultLanguage).toBe('fr');
  });

  it('adds the extranet pages without hiding content of the same name', () => {
    expect(config.addonRoutes.map((route) => route.path)).toEqual([
      '/',
      '/aide',
      '/vie-privee',
      '/search',
      '/documents',
      '/demande-de-compte',
      '/cartographie',
      '/agenda',
      '/actualites',
      '/annonces',
      '/formations',
      '/outils',
      '/lettre-electronique',
      '/dequap/:token',
      '/travailleurs',
      '/maisons-medicales',
      '/activer-mon-compte',
      '/nouveau-mot-de-passe',
      '/passwordreset',
      '/mon-profil',
      '/mes-emplois',
      '/mes-inscriptions',
      '/mes-favoris',
      '/repondre/:token',
      '/mes-donnees',
      '/se-desabonner/:token',
      '/gestion-des-acces',
      '/demandes-rgpd',
      '/journal-d-audit',
      '/demandes-de-compte',
      '/**/participants',
    ]);
    // Ours come before Volto's (`/login` here): see applyRoutes.
    const patterns = config.settings.nonContentRoutes.slice(0, -1);
    expect(config.settings.nonContentRoutes.at(-1)).toBe('/login');
    expect(patterns.some((pattern) => pattern.test('/documents'))).toBe(true);
    expect(
      patterns.some((pattern) => pattern.test('/groupes/x/documents')),
    ).toBe(false);
    expect(patterns.some((pattern) => pattern.test('/agenda'))).toBe(true);
    expect(patterns.some((pattern) => pattern.test('/agenda/reunion'))).toBe(
      false,
    );
    expect(patterns.some((pattern) => pattern.test('/actualites'))).toBe(true);
    expect(
      patterns.some((pattern) => pattern.test('/actualites/congres')),
    ).toBe(false);
    expect(
      patterns.some((pattern) => pattern.test('/dequap/travail_equipe')),
    ).toBe(true);
    expect(patterns.some((pattern) => pattern.test('/dequap/a/b'))).toBe(false);
    expect(
      patterns.some((pattern) => pattern.test('/maisons-medicales/mm-laveu')),
    ).toBe(false);
  });

  it('registers the views of the extranet types and keeps the others', () => {
    const views = config.views.contentTypesViews;
    expect(views.Event).toBe('EventView');
    [
      'MedicalHouse',
      'Worker',
      'Intergroup',
      'SectoralGroup',
      'WorkingGroup',
      'Thematic',
      'Announcement',
      'Formation',
      'Tool',
      'SynthesisPage',
      'Activity',
    ].forEach((type) => expect(views[type]).toBeDefined());
    expect(views.Intergroup).toBe(views.Thematic);
    expect(config.views.errorViews[401]).toBeDefined();
    expect(config.views.errorViews[404]).toBe('NotFound');
  });

  it('adds the reducers of the custom services', () => {
    expect(Object.keys(config.addonReducers)).toEqual(['services']);
  });
});
