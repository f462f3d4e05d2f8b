import { Route } from 'react-router';
import type { Area } from '../shell/area';
import { DeadLettersPage } from './DeadLettersPage';
import { ReferencePage } from './ReferencePage';

/**
 * The admin area: dead letters and reference data (the case's audit trail is a case-page tab). The
 * routes exist for everyone (a non-admin who opens one sees the API's refusal); the links only for admins.
 */
export const adminArea: Area = {
  routes: () => (
    <>
      <Route path="admin/dead-letters" element={<DeadLettersPage />} />
      <Route path="admin/reference" element={<ReferencePage />} />
    </>
  ),
  nav: [
    { to: '/admin/dead-letters', label: 'admin.nav.deadLetters', roles: ['admin'] },
    { to: '/admin/reference', label: 'admin.nav.reference', roles: ['admin'] },
  ],
};
