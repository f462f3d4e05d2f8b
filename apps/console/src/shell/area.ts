import type { ReactElement } from 'react';
import type { ConsoleRole, Session } from '../auth/session';

/** A link in the header's main navigation, shown to the roles that have a use for it (the API still decides access). */
export interface NavItem {
  to: string;
  /** i18n key of the link's text. */
  label: string;
  roles: readonly ConsoleRole[];
}

/**
 * One area of the console (the office's pages, the admin's…): its routes, mounted under /console/ by
 * App.tsx, and its links in the header. Each area lives in its own folder with its own i18n file.
 */
export interface Area {
  routes: (session: Session) => ReactElement;
  nav: readonly NavItem[];
}

/** What every tab of the case page is given. */
export interface CaseTabProps {
  caseId: string;
  session: Session;
}
