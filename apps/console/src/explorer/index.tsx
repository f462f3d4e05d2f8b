import { lazy, Suspense } from 'react';
import { Route } from 'react-router';
import type { Area } from '../shell/area';
import { Loading } from '../shell/states';

// The editor (GraphiQL, Monaco and its workers) is its own chunk: only the explorer downloads it.
const ExplorerPage = lazy(() => import('./ExplorerPage'));

/** The API explorer: GraphiQL signed in as the console's user, for every role. */
export const explorerArea: Area = {
  routes: (session) => (
    <Route
      path="explorer"
      element={
        <Suspense fallback={<Loading />}>
          <ExplorerPage session={session} />
        </Suspense>
      }
    />
  ),
  nav: [{ to: '/explorer', label: 'admin.explorer.nav', roles: ['coordinator', 'admin', 'hospital_office'] }],
};
