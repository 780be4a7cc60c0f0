/**
 * Views of the extranet's content types, by capability, the page shown
 * where Plone answers "401 Unauthorized", and Volto's comments reachable by
 * keyboard.
 */
import { Comment } from 'semantic-ui-react';
import ActivityView from '../components/Activities/ActivityView';
import FormationView from '../components/Catalogue/FormationView';
import ToolView from '../components/Catalogue/ToolView';
import LoginRedirect from '../components/Core/LoginRedirect/LoginRedirect';
import MedicalHouseView from '../components/MedicalHouses/MedicalHouseView';
import NewsletterView from '../components/Newsletter/NewsletterView';
import WorkerView from '../components/People/WorkerView';
import AnnouncementView from '../components/Publications/AnnouncementView';
import SynthesisPageView from '../components/Publications/SynthesisPageView';
import GroupSpaceView from '../components/Spaces/GroupSpaceView';

/**
 * Volto's comment actions (reply, edit, delete: a coordinator's moderation)
 * are Semantic links without `href`, which no keyboard reaches (WCAG 2.1.1);
 * as buttons, they are focusable and answer Enter and Space.
 */
const commentActionsAsButtons = () => {
  Comment.Action.defaultProps = {
    ...Comment.Action.defaultProps,
    as: 'button',
    type: 'button',
  };
};

const applyViews = (config) => {
  commentActionsAsButtons();
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
      Newsletter: NewsletterView,
    },
    errorViews: {
      ...config.views.errorViews,
      401: LoginRedirect,
    },
  };
  return config;
};

export default applyViews;
