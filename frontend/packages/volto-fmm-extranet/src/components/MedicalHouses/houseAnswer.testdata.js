/** An `@medical-houses` answer for the tests of the directory and the map. */
export const laveu = {
  '@id': 'http://localhost:8080/Plone/maisons-medicales/mm-laveu',
  UID: 'uid-laveu',
  title: 'Maison médicale du Laveu (101)',
  street: 'Rue du Laveu 12',
  postal_code: '4000',
  municipality: 'Liège',
  phone: '04 222 00 00',
  intergroup: { token: 'igl', title: 'IGL' },
  payment_mode: { token: 'forfait', title: 'Au forfait' },
  open_to_registrations: true,
  disciplines: [
    { token: 'dieteticien', title: 'diététicien·ne', from_accounts: false },
    { token: 'psychologue', title: 'psychologue', from_accounts: true },
  ],
  geolocation: { latitude: 50.63, longitude: 5.56 },
  zone: null,
  zone_postal_codes: ['4000'],
  distance_km: 0,
};

export const seraing = {
  ...laveu,
  '@id': 'http://localhost:8080/Plone/maisons-medicales/mm-seraing',
  UID: 'uid-seraing',
  title: 'Maison médicale de Seraing (150)',
  street: 'Rue Cockerill 1',
  postal_code: '4100',
  municipality: 'Seraing',
  phone: null,
  payment_mode: { token: 'acte', title: 'À l’acte' },
  open_to_registrations: false,
  disciplines: [],
  distance_km: 4.6,
};

export const answer = {
  items_total: 2,
  items: [laveu, seraing],
  facets: {
    intergroup: [{ token: 'igl', title: 'IGL', count: 2 }],
    payment_mode: [
      { token: 'forfait', title: 'Au forfait', count: 1 },
      { token: 'acte', title: 'À l’acte', count: 1 },
    ],
    discipline: [],
    open_to_registrations: 1,
  },
  my_houses: [{ UID: 'uid-laveu', title: 'Maison médicale du Laveu (101)' }],
  map: {
    tile_url: 'https://tiles.example.be/{z}/{x}/{y}.png',
    attribution: '© Exemple',
  },
};
