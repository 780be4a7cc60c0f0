/**
 * UI strings shared by several components (English msgids, French in
 * locales/fr/LC_MESSAGES/volto.po).
 */
import { defineMessages } from 'react-intl';

const messages = defineMessages({
  loading: { id: 'Loading…', defaultMessage: 'Loading…' },
  seeAll: { id: 'See all', defaultMessage: 'See all' },
  unavailable: {
    id: 'This information is not available at the moment.',
    defaultMessage: 'This information is not available at the moment.',
  },
  nothingYet: { id: 'Nothing yet.', defaultMessage: 'Nothing yet.' },
  search: { id: 'Search', defaultMessage: 'Search' },
  previous: { id: 'Previous', defaultMessage: 'Previous' },
  next: { id: 'Next', defaultMessage: 'Next' },
  pages: { id: 'Pages', defaultMessage: 'Pages' },
  restrictedAccess: {
    id: 'restricted access',
    defaultMessage: 'restricted access',
  },
  yes: { id: 'Yes', defaultMessage: 'Yes' },
  no: { id: 'No', defaultMessage: 'No' },
  coordinators: { id: 'Coordinators', defaultMessage: 'Coordinators' },
  latestNews: { id: 'Latest news', defaultMessage: 'Latest news' },
  nextActivities: { id: 'Next activities', defaultMessage: 'Next activities' },
  documents: { id: 'Documents', defaultMessage: 'Documents' },
  announcements: { id: 'Announcements', defaultMessage: 'Announcements' },
  group: { id: 'Group', defaultMessage: 'Group' },
  allGroups: { id: 'All groups', defaultMessage: 'All groups' },
  dequapCategory: {
    id: 'DEQuaP category',
    defaultMessage: 'DEQuaP category',
  },
  words: { id: 'Words', defaultMessage: 'Words' },
  allCategories: { id: 'All categories', defaultMessage: 'All categories' },
  resultsCount: {
    id: '{count, plural, =0 {No result} one {# result} other {# results}}',
    defaultMessage:
      '{count, plural, =0 {No result} one {# result} other {# results}}',
  },
});

export default messages;
