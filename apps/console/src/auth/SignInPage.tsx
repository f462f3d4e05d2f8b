import { Alert, Button, Container, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { apolloClient } from '../apollo';
import { graphql } from '../gql';
import { applyDefaultLanguage, defaultLanguageFor } from '../i18n';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { devCentres, signInWithDevIssuer } from './dev-issuer';
import { CONSOLE_ROLES, startSession, type ConsoleRole } from './session';

const CentreLanguages = graphql(`
  query CentreLanguages {
    centres {
      id
      languages
    }
  }
`);

/** Development sign-in: pick a role (and an office's centre) and a name; the dev issuer mints the token. */
export function SignInPage() {
  const { t } = useTranslation();
  const [role, setRole] = useState<ConsoleRole>('coordinator');
  const [centreId, setCentreId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [centres, setCentres] = useState<{ id: string; name: string }[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(`${t('signIn.heading')} · ${t('app.title')}`);

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
      const session = await signInWithDevIssuer({ role, subject, centreId: centreId ?? undefined });
      startSession(session);
      if (session.centreId) {
        // An office whose centre works in Chinese starts in Chinese (unless a language was chosen here).
        const { data } = await apolloClient.query({ query: CentreLanguages });
        const own = data?.centres.find((centre) => centre.id === session.centreId);
        if (own) applyDefaultLanguage(defaultLanguageFor(own.languages));
      }
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size="xs" py="xl" component="main">
      <Stack>
        <LanguageSwitch />
        <Title order={1}>{t('signIn.heading')}</Title>
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
      </Stack>
    </Container>
  );
}
