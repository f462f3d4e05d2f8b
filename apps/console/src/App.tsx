import { ApolloProvider } from '@apollo/client/react';
import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { Fragment } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { apolloClient } from './apollo';
import { useSession } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { AREAS } from './areas';
import { CasePage } from './case/CasePage';
import { OpenCasePage } from './case/OpenCasePage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { WorkQueuePage } from './queue/WorkQueuePage';
import { Layout } from './shell/Layout';
import { NotFoundPage } from './shell/NotFoundPage';

// Darker shades than Mantine's defaults, so links, badges and secondary text keep a 4.5:1 contrast (WCAG AA).
// Readers who asked their system for less motion get dialogs without transitions.
const theme = createTheme({ primaryShade: 8, respectReducedMotion: true });
const contrast: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[7], '--mantine-color-placeholder': resolved.colors.gray[7] },
  dark: {},
});

/** The console's routes, all under /console/ (the gateway serves index.html for each). */
export function App() {
  const session = useSession();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <ApolloProvider client={apolloClient}>
        <BrowserRouter basename="/console">
          {session ? (
            <Routes>
              <Route element={<Layout session={session} />}>
                <Route index element={<WorkQueuePage session={session} />} />
                <Route path="notifications" element={<NotificationsPage />} />
                <Route path="cases/new" element={<OpenCasePage session={session} />} />
                <Route path="cases/:id/:tab?" element={<CasePage session={session} />} />
                {AREAS.map((area, index) => (
                  <Fragment key={index}>{area.routes(session)}</Fragment>
                ))}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          ) : (
            <SignInPage />
          )}
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
