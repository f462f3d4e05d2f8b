import { ApolloProvider } from '@apollo/client/react';
import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { BrowserRouter, Route, Routes } from 'react-router';
import { apolloClient } from './apollo';
import { useSession } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { Layout } from './Layout';
import { CasePage } from './pages/CasePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { WorkQueuePage } from './pages/WorkQueuePage';

// Darker shades than Mantine's defaults, so links, badges and secondary text keep a 4.5:1 contrast (WCAG AA).
const theme = createTheme({ primaryShade: 8 });
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
                <Route path="cases/:id" element={<CasePage />} />
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
