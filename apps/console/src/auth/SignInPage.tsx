import { Alert, Button, Container, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { apolloClient } from '../apollo';
import { graphql } from '../gql';
import { applyDefaultLanguage, defaultLanguageFor } from '../i18n';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { Loading } from '../shell/states';
import { devCentres, signInWithDevIssuer } from './dev-issuer';
import { completeOidcSignIn, loadSignInConfig, OidcSignInError, startOidcSignIn, type OidcFailure, type SignInConfig } from './oidc';
import { CONSOLE_ROLES, startSession, takeSessionEnd, type ConsoleRole, type Session } from './session';

const CentreLanguages = graphql(`
  query CentreLanguages {
    centres {
      id
      languages
    }
  }
`);

/** Starts the session; an office whose centre works in Chinese starts in Chinese (unless a language was chosen here). */
async function begin(session: Session): Promise<void> {
  startSession(session);
  if (session.centreId) {
    const { data } = await apolloClient.query({ query: CentreLanguages });
    const own = data?.centres.find((centre) => centre.id === session.centreId);
    if (own) applyDefaultLanguage(defaultLanguageFor(own.languages));
  }
}

// One exchange per callback URL: React's strict mode runs effects twice, and a code is good once.
const callbacks = new Map<string, Promise<Session>>();

/**
 * The sign-in page as the gateway configures it (/console/config.json): the development issuer's form,
 * or "Sign in with your organisation" (OIDC) and the callback route /console/signed-in.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [config, setConfig] = useState<SignInConfig | null>(null);
  const [failure, setFailure] = useState<{ reason: OidcFailure; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [ended] = useState(takeSessionEnd);
  const callback = location.pathname === '/signed-in';
  useDocumentTitle(`${t('signIn.heading')} · ${t('app.title')}`);

  useEffect(() => {
    loadSignInConfig()
      .then(setConfig)
      .catch((error: Error) => setFailure({ reason: 'failed', message: error.message }));
  }, []);

  useEffect(() => {
    if (!callback || config?.signIn !== 'oidc') return;
    const url = window.location.href;
    if (!callbacks.has(url)) callbacks.set(url, completeOidcSignIn(config, new URL(url)));
    callbacks
      .get(url)!
      .then(async (session) => {
        // Off the callback URL first: its code is spent, and the work queue is where a session starts.
        await navigate('/', { replace: true });
        await begin(session);
      })
      .catch((error: Error) => {
        setFailure({ reason: error instanceof OidcSignInError ? error.reason : 'failed', message: error.message });
      });
  }, [callback, config, navigate]);

  const organisation = async () => {
    if (config?.signIn !== 'oidc') return;
    setBusy(true);
    setFailure(null);
    try {
      await startOidcSignIn(config);
    } catch (error) {
      setFailure({ reason: 'failed', message: (error as Error).message });
      setBusy(false);
    }
  };

  return (
    <Container size="xs" py="xl" component="main">
      <Stack>
        <LanguageSwitch />
        <Title order={1}>{t('signIn.heading')}</Title>
        {ended === 'expired' && (
          <Alert color="yellow" role="status">
            {t('auth.expired')}
          </Alert>
        )}
        {failure && (
          <Alert color="red" role="alert" title={t(`auth.failure.${failure.reason}`)}>
            {t('auth.details', { message: failure.message })}
          </Alert>
        )}
        {!config && !failure && <Loading />}
        {config?.signIn === 'dev' && <DevSignInForm />}
        {config?.signIn === 'none' && <Alert color="yellow">{t('auth.notConfigured')}</Alert>}
        {config?.signIn === 'oidc' && callback && !failure && <Loading />}
        {config?.signIn === 'oidc' && (!callback || failure) && (
          <Paper withBorder p="md">
            <Stack>
              <Text>{t('auth.oidcIntro')}</Text>
              <Button onClick={() => void organisation()} loading={busy}>
                {t('auth.withOrganisation')}
              </Button>
            </Stack>
          </Paper>
        )}
      </Stack>
    </Container>
  );
}

/** Development sign-in: pick a role (and an office's centre) and a name; the dev issuer mints the token. */
function DevSignInForm() {
  const { t } = useTranslation();
  const [role, setRole] = useState<ConsoleRole>('coordinator');
  const [centreId, setCentreId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [centres, setCentres] = useState<{ id: string; name: string }[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (role !== 'hospital_office' || centres) return;
    devCentres()
      .then(setCentres)
      .catch((error: Error) => setFailure(error.message));
  }, [role, centres]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await begin(await signInWithDevIssuer({ role, subject, centreId: centreId ?? undefined }));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Text>{t('signIn.intro')}</Text>
      <Paper withBorder p="md" component="form" onSubmit={submit}>
        <Stack>
          <NativeSelect
            label={t('signIn.role')}
            data={CONSOLE_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as ConsoleRole)}
            required
          />
          {role === 'hospital_office' && (
            <NativeSelect
              label={t('signIn.centre')}
              data={[
                { value: '', label: centres ? '' : t('signIn.centreLoading') },
                ...(centres ?? []).map((centre) => ({ value: centre.id, label: `${centre.name} (${centre.id})` })),
              ]}
              value={centreId ?? ''}
              onChange={(event) => setCentreId(event.currentTarget.value || null)}
              required
            />
          )}
          <TextInput
            label={t('signIn.name')}
            description={t('signIn.nameHint')}
            value={subject}
            onChange={(event) => setSubject(event.currentTarget.value)}
            pattern="[A-Za-z0-9][A-Za-z0-9._@\-]{0,63}"
            required
          />
          {failure && (
            <Alert color="red" role="alert">
              {t('signIn.failed', { message: failure })}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </Paper>
    </>
  );
}
