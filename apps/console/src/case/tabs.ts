import type { ComponentType } from 'react';
import type { ConsoleRole } from '../auth/session';
import { AuditTab } from '../admin/AuditTab';
import { JourneyTab } from '../journey/JourneyTab';
import { MoneyTab } from '../money/MoneyTab';
import { ChecklistTab } from '../records/ChecklistTab';
import { ScreeningTab } from '../records/ScreeningTab';
import { SummaryTab } from '../records/SummaryTab';
import type { CaseTabProps } from '../shell/area';
import { OverviewTab } from './OverviewTab';
import { PeopleTab } from './PeopleTab';

export interface CaseTab {
  /** The URL segment after /cases/<id>/. */
  path: string;
  /** i18n key of the tab's name. */
  label: string;
  Component: ComponentType<CaseTabProps>;
  /** Only these roles see the tab (the API refuses the others anyway); all when absent. */
  roles?: readonly ConsoleRole[];
}

/** The case page's tabs, in the order of the casework.  */
export const CASE_TABS: readonly CaseTab[] = [
  { path: 'overview', label: 'case.tabs.overview', Component: OverviewTab },
  { path: 'people', label: 'case.tabs.people', Component: PeopleTab },
  { path: 'records', label: 'case.tabs.records', Component: ChecklistTab },
  { path: 'summary', label: 'case.tabs.summary', Component: SummaryTab },
  { path: 'screening', label: 'case.tabs.screening', Component: ScreeningTab },
  { path: 'journey', label: 'case.tabs.journey', Component: JourneyTab },
  { path: 'money', label: 'case.tabs.money', Component: MoneyTab },
  { path: 'audit', label: 'case.tabs.audit', Component: AuditTab, roles: ['admin'] },
];
