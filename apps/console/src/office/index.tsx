import { Route } from 'react-router';
import type { Area } from '../shell/area';
import { CentrePage } from './CentrePage';
import { LetterPage, LettersPage } from './LettersPage';
import { ReferralPage, ReferralsPage } from './ReferralsPage';
import { RegisterTrialPage } from './RegisterTrialPage';
import { TariffPage } from './TariffPage';
import { TrialPage, TrialsPage } from './TrialsPage';

/**
 * The hospital international office's own pages (its referrals, letters, centre, tariff and trials),
 * under /console/office/. Admins reach the trials too; every answer is the API's for the caller.
 */
export const officeArea: Area = {
  routes: (session) => (
    <Route path="office">
      <Route path="referrals" element={<ReferralsPage />} />
      <Route path="referrals/:id" element={<ReferralPage />} />
      <Route path="letters" element={<LettersPage />} />
      <Route path="letters/:id" element={<LetterPage />} />
      <Route path="centre" element={<CentrePage session={session} />} />
      <Route path="tariff" element={<TariffPage session={session} />} />
      <Route path="trials" element={<TrialsPage session={session} />} />
      <Route path="trials/new" element={<RegisterTrialPage />} />
      <Route path="trials/:id" element={<TrialPage session={session} />} />
    </Route>
  ),
  nav: [
    { to: '/office/referrals', label: 'office.nav.referrals', roles: ['hospital_office'] },
    { to: '/office/letters', label: 'office.nav.letters', roles: ['hospital_office'] },
    { to: '/office/centre', label: 'office.nav.centre', roles: ['hospital_office'] },
    { to: '/office/tariff', label: 'office.nav.tariff', roles: ['hospital_office'] },
    { to: '/office/trials', label: 'office.nav.trials', roles: ['hospital_office', 'admin'] },
  ],
};
