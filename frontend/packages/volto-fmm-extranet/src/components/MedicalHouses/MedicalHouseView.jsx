import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import ListingSection from '../Core/Listing/ListingSection';
import { latestQuery } from '../Core/Listing/queries';
import ContentBody from '../Core/Views/ContentBody';
import DetailList from '../Core/Views/DetailList';
import PeopleList from '../Core/Views/PeopleList';
import ViewLayout from '../Core/Views/ViewLayout';
import { hasValue, useCanEdit, valueLabel } from '../../helpers';
import { toQueryString } from '../../helpers/queryString';
import { PAGE as TEAM_ACCESS_PAGE } from '../Accounts/TeamAccessPage';
import { JOB_OFFER } from '../Publications/AnnouncementView';
import sharedMessages from '../../messages';
import useSeen from '../Spaces/useSeen';

const messages = defineMessages({
  address: { id: 'Address', defaultMessage: 'Address' },
  intergroup: { id: 'Intergroup', defaultMessage: 'Intergroup' },
  phone: { id: 'Phone', defaultMessage: 'Phone' },
  email: { id: 'Email', defaultMessage: 'Email' },
  website: { id: 'Website', defaultMessage: 'Website' },
  paymentMode: { id: 'Payment mode', defaultMessage: 'Payment mode' },
  openToRegistrations: {
    id: 'Open to new patients',
    defaultMessage: 'Open to new patients',
  },
  declared: {
    id: 'Disciplines present (declared)',
    defaultMessage: 'Disciplines present (declared)',
  },
  fromAccounts: {
    id: 'Disciplines present according to the extranet accounts',
    defaultMessage: 'Disciplines present according to the extranet accounts',
  },
  managers: { id: 'Managers', defaultMessage: 'Managers' },
  workers: { id: 'Workers', defaultMessage: 'Workers' },
  addAnnouncement: {
    id: 'Publish an announcement',
    defaultMessage: 'Publish an announcement',
  },
  addJobOffer: {
    id: 'Publish a job offer',
    defaultMessage: 'Publish a job offer',
  },
  editPage: { id: 'Edit the page', defaultMessage: 'Edit the page' },
  houseActions: {
    id: 'Manage the medical house',
    defaultMessage: 'Manage the medical house',
  },
  teamAccess: {
    id: 'Manage the access of the team',
    defaultMessage: 'Manage the access of the team',
  },
});

/** "Name (123)", as medical houses are always named. */
export const medicalHouseTitle = (content) =>
  content.number ? `${content.title} (${content.number})` : content.title;

/**
 * Page of a medical house: address and contact, payment mode, registrations,
 * the disciplines present (declared, and known from the workers' accounts:
 * the `disciplines` expander), managers, its workers and its announcements.
 * Its managers (and the staff) publish an announcement or a job offer (the
 * add form with the type chosen), edit the page and manage the team's access.
 */
const MedicalHouseView = ({ content }) => {
  const intl = useIntl();
  const canEdit = useCanEdit();
  const path = flattenToAppURL(content['@id']);
  useSeen(path); // opened: its shortcut's count of new items clears
  const disciplines = (fromAccounts) =>
    (content['@components']?.disciplines?.items || [])
      .filter((discipline) => discipline.from_accounts === fromAccounts)
      .map((discipline) => discipline.title)
      .join(', ');
  const address = [
    content.street,
    [content.postal_code, content.municipality].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <ViewLayout
      content={content}
      title={medicalHouseTitle(content)}
      className="fmm-medical-house"
    >
      <DetailList
        rows={[
          { label: intl.formatMessage(messages.address), value: address },
          {
            label: intl.formatMessage(messages.intergroup),
            value: valueLabel(content.intergroup),
          },
          {
            label: intl.formatMessage(messages.phone),
            value: content.phone,
            display: <a href={`tel:${content.phone}`}>{content.phone}</a>,
          },
          {
            label: intl.formatMessage(messages.email),
            value: content.email,
            display: <a href={`mailto:${content.email}`}>{content.email}</a>,
          },
          {
            label: intl.formatMessage(messages.website),
            value: content.website,
            display: (
              <UniversalLink href={content.website}>
                {content.website}
              </UniversalLink>
            ),
          },
          {
            label: intl.formatMessage(messages.paymentMode),
            value: valueLabel(content.payment_mode),
          },
          {
            label: intl.formatMessage(messages.openToRegistrations),
            value:
              typeof content.open_to_registrations === 'boolean' ? 1 : null,
            display: intl.formatMessage(
              content.open_to_registrations
                ? sharedMessages.yes
                : sharedMessages.no,
            ),
          },
          {
            label: intl.formatMessage(messages.declared),
            value: disciplines(false),
          },
          {
            label: intl.formatMessage(messages.fromAccounts),
            value: disciplines(true),
          },
        ]}
      />
      <ContentBody content={content} />
      {hasValue(content.managers) && (
        <section aria-labelledby="managers-heading">
          <h2 id="managers-heading">{intl.formatMessage(messages.managers)}</h2>
          <PeopleList people={content.managers} />
        </section>
      )}
      {canEdit && (
        <nav
          className="fmm-house-actions"
          aria-label={intl.formatMessage(messages.houseActions)}
        >
          <Link
            to={`${path}/add?type=Announcement`}
            className="ui primary button fmm-add-announcement"
          >
            {intl.formatMessage(messages.addAnnouncement)}
          </Link>
          <Link
            to={{
              pathname: `${path}/add`,
              search: '?type=Announcement',
              state: { initialFormData: { announcement_type: JOB_OFFER } },
            }}
            className="ui primary button fmm-add-job-offer"
          >
            {intl.formatMessage(messages.addJobOffer)}
          </Link>
          <Link to={`${path}/edit`} className="ui button fmm-edit-house">
            {intl.formatMessage(messages.editPage)}
          </Link>
          <Link
            to={`${TEAM_ACCESS_PAGE}${toQueryString({ equipe: content.UID })}`}
            className="ui button fmm-team-access-link"
          >
            {intl.formatMessage(messages.teamAccess)}
          </Link>
        </nav>
      )}
      <div className="fmm-sections">
        <ListingSection
          id="medical-house-workers"
          title={intl.formatMessage(messages.workers)}
          query={{
            portal_type: ['Worker'],
            fmm_workplaces: content.UID,
            sort_on: 'sortable_title',
            b_size: 200,
          }}
        />
        <ListingSection
          id="medical-house-announcements"
          title={intl.formatMessage(sharedMessages.announcements)}
          path={path}
          query={latestQuery(['Announcement'], 10)}
          dateField="effective"
        />
      </div>
    </ViewLayout>
  );
};

MedicalHouseView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    UID: PropTypes.string,
    title: PropTypes.string,
    number: PropTypes.oneOfType([PropTypes.string, PropTypes.number]),
  }).isRequired,
};

export default MedicalHouseView;
