import type { FeatureView } from '../shell/features';
import { TeamView } from './TeamView';

/** Team projects: sync status and settings, conflicts, coders compared. */
export const teamViews: FeatureView[] = [{ id: 'team', label: 'Team', component: TeamView }];
