import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import FiltersForm from '../Core/Form/FiltersForm';
import { InputField, RadioGroup, VocabularySelect } from '../Core/Form/Field';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useFilters from '../Core/Listing/useFilters';
import useService from '../Core/Listing/useService';
import { withLogin } from '../Core/LoginRedirect/RequireLogin';
import { AgendaCards, DayList, MonthGrid } from './CalendarViews';
import {
  VIEWS,
  daysBetween,
  formatDay,
  isDay,
  itemsByDay,
  periodOf,
  rangeOf,
  shiftDay,
  today as todayIn,
} from './calendar';
import { publicApiURL } from '../../helpers';
import { toQueryString } from '../../helpers/queryString';
import sharedMessages from '../../messages';
import './Agenda.less';

const messages = defineMessages({
  title: { id: 'Agenda', defaultMessage: 'Agenda' },
  intro: {
    id: 'The activities of the movement and some activities of the network.',
    defaultMessage:
      'The activities of the movement and some activities of the network.',
  },
  filters: { id: 'Agenda filters', defaultMessage: 'Agenda filters' },
  activityType: { id: 'Activity type', defaultMessage: 'Activity type' },
  allTypes: { id: 'All types', defaultMessage: 'All types' },
  organiser: { id: 'Organiser group', defaultMessage: 'Organiser group' },
  sector: { id: 'Sector', defaultMessage: 'Sector' },
  allSectors: { id: 'All sectors', defaultMessage: 'All sectors' },
  theme: { id: 'Theme', defaultMessage: 'Theme' },
  allThemes: { id: 'All themes', defaultMessage: 'All themes' },
  clear: { id: 'Clear the filters', defaultMessage: 'Clear the filters' },
  display: { id: 'Display', defaultMessage: 'Display' },
  month: { id: 'Month', defaultMessage: 'Month' },
  week: { id: 'Week', defaultMessage: 'Week' },
  day: { id: 'Day', defaultMessage: 'Day' },
  cards: { id: 'Cards', defaultMessage: 'Cards' },
  period: { id: 'Period', defaultMessage: 'Period' },
  today: { id: 'Today', defaultMessage: 'Today' },
  previousmonth: { id: 'Previous month', defaultMessage: 'Previous month' },
  nextmonth: { id: 'Next month', defaultMessage: 'Next month' },
  previousweek: { id: 'Previous week', defaultMessage: 'Previous week' },
  nextweek: { id: 'Next week', defaultMessage: 'Next week' },
  previousday: { id: 'Previous day', defaultMessage: 'Previous day' },
  nextday: { id: 'Next day', defaultMessage: 'Next day' },
  ical: {
    id: 'Download these activities (iCal)',
    defaultMessage: 'Download these activities (iCal)',
  },
  icalHelp: {
    id: 'To import into your calendar (Outlook, Google, Apple…): the activities of the period shown, with the filters chosen.',
    defaultMessage:
      'To import into your calendar (Outlook, Google, Apple…): the activities of the period shown, with the filters chosen.',
  },
});

export const FILTERS = [
  'SearchableText',
  'activity_type',
  'organiser',
  'sector',
  'theme',
];

/**
 * The query of `@agenda` (and `@agenda/ical`): the days shown and the
 * filters of the URL.
 * @param {Object} params URL parameters.
 * @param {Object} range {start, end} days (and `lines: 'short'` for the
 * month's grid).
 * @returns {string} `?start=…&end=…&sector=…`
 */
export const agendaQuery = (params, range) =>
  toQueryString({
    ...range,
    ...Object.fromEntries(FILTERS.map((key) => [key, params[key]])),
  });

const periodTitle = (view, { start, end }, locale) => {
  if (view === 'day') {
    return formatDay(start, locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  }
  if (view === 'week') {
    const from = formatDay(start, locale, { day: 'numeric', month: 'long' });
    const to = formatDay(end, locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    return `${from} – ${to}`;
  }
  return formatDay(start, locale, { month: 'long', year: 'numeric' });
};

/**
 * The agenda (`/agenda`): the activities of a month, a week or a day, as a
 * calendar or as cards, filtered by words, type, organiser group, sector
 * and theme. Everything is in the URL (view, date, filters), so a view can
 * be bookmarked and the back button works.
 */
const AgendaPage = () => {
  const intl = useIntl();
  const { params, setParams, filters, setFilter } = useFilters(FILTERS);
  const view = VIEWS.includes(params.view) ? params.view : 'month';
  const today = todayIn();
  const day = isDay(params.date) ? params.date : today;
  const range = rangeOf(view, day);
  const query = agendaQuery(params, range);
  // The month's grid shows a title and a time: its lines need no details.
  const lines = view === 'month' ? { lines: 'short' } : {};
  const agenda = useService(
    'agenda',
    `/@agenda${agendaQuery(params, { ...range, ...lines })}`,
  );
  const items = (agenda.loaded && agenda.data?.items) || [];
  const byDay = itemsByDay(items);
  const title = periodTitle(view, periodOf(view, day), intl.locale);
  const step = view === 'cards' ? 'month' : view;

  const go = (date) => setParams({ ...params, date });
  const select = (key) => ({
    id: `agenda-${key}`,
    value: filters[key],
    onChange: setFilter(key),
  });

  return (
    <Page
      id="page-agenda"
      className="fmm-agenda"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
    >
      <FiltersForm
        label={intl.formatMessage(messages.filters)}
        onSubmit={() => setParams({ ...params, ...filters })}
      >
        <InputField
          {...select('SearchableText')}
          type="search"
          label={intl.formatMessage(sharedMessages.words)}
        />
        <VocabularySelect
          {...select('activity_type')}
          vocabulary="fmm_extranet.ActivityTypes"
          label={intl.formatMessage(messages.activityType)}
          emptyLabel={intl.formatMessage(messages.allTypes)}
        />
        <VocabularySelect
          {...select('organiser')}
          vocabulary="fmm_extranet.GroupSpaces"
          label={intl.formatMessage(messages.organiser)}
          emptyLabel={intl.formatMessage(sharedMessages.allGroups)}
        />
        <VocabularySelect
          {...select('sector')}
          vocabulary="fmm_extranet.Functions"
          label={intl.formatMessage(messages.sector)}
          emptyLabel={intl.formatMessage(messages.allSectors)}
        />
        <VocabularySelect
          {...select('theme')}
          vocabulary="fmm_extranet.Thematics"
          label={intl.formatMessage(messages.theme)}
          emptyLabel={intl.formatMessage(messages.allThemes)}
        />
        <Button
          type="button"
          basic
          onClick={() => setParams({ view: params.view, date: params.date })}
        >
          {intl.formatMessage(messages.clear)}
        </Button>
      </FiltersForm>

      <div className="fmm-agenda-toolbar">
        <div
          className="fmm-agenda-nav"
          role="group"
          aria-label={intl.formatMessage(messages.period)}
        >
          <Button
            type="button"
            basic
            onClick={() => go(shiftDay(step, day, -1))}
          >
            <span aria-hidden="true">‹ </span>
            {intl.formatMessage(messages[`previous${step}`])}
          </Button>
          <Button
            type="button"
            basic
            disabled={day === today}
            onClick={() => go(today)}
          >
            {intl.formatMessage(messages.today)}
          </Button>
          <Button
            type="button"
            basic
            onClick={() => go(shiftDay(step, day, 1))}
          >
            {intl.formatMessage(messages[`next${step}`])}
            <span aria-hidden="true"> ›</span>
          </Button>
        </div>
        <RadioGroup
          name="agenda-view"
          legend={intl.formatMessage(messages.display)}
          value={view}
          onChange={(value) => setParams({ ...params, view: value })}
          options={VIEWS.map((value) => ({
            value,
            label: intl.formatMessage(messages[value]),
          }))}
        />
      </div>

      <h2 className="fmm-agenda-period" aria-live="polite">
        {title}
      </h2>
      <Results
        request={agenda}
        errorMessage={agenda.error?.message}
        total={items.length}
        className="fmm-agenda-results"
      >
        {view === 'month' && (
          <MonthGrid day={day} byDay={byDay} today={today} caption={title} />
        )}
        {(view === 'week' || view === 'day') && (
          <DayList
            days={daysBetween(range.start, range.end)}
            byDay={byDay}
            today={today}
          />
        )}
        {view === 'cards' && <AgendaCards items={items} />}
      </Results>
      <p className="fmm-agenda-ical">
        <a
          href={publicApiURL(`/@agenda/ical${query}`)}
          aria-describedby="agenda-ical-help"
        >
          {intl.formatMessage(messages.ical)}
        </a>
        <small id="agenda-ical-help">
          {intl.formatMessage(messages.icalHelp)}
        </small>
      </p>
    </Page>
  );
};

export default withLogin(AgendaPage);
