import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../i18n/format';
import { LoadError } from '../shell/states';
import { JourneyCalendarDownload, JourneyRevokeCalendar, JourneySubscribeCalendar } from './journey-queries';
import { DownloadLink, settled } from './shared';
import { FormModal } from '../shell/FormModal';

/**
 * The family's treatment calendar: a file to download now, or a subscription URL its calendar app
 * follows through every re-plan (shown once: Carta keeps only its hash; a new one revokes the last).
 */
export function CalendarSection({ caseId, hasJourney }: { caseId: string; hasJourney: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [subscription, setSubscription] = useState<{ url: string; createdAt: string }>();
  const [revoked, setRevoked] = useState<boolean>();
  const [asking, setAsking] = useState(false);
  const [subscribe, subscribing] = useMutation(JourneySubscribeCalendar);
  const [revoke, revoking] = useMutation(JourneyRevokeCalendar);
  if (!hasJourney) return null;
  return (
    <Stack component="section" aria-labelledby="journey-calendar">
      <Title order={3} id="journey-calendar">
        {t('journey.calendar.heading')}
      </Title>
      <Text size="sm">{t('journey.calendar.intro')}</Text>
      <DownloadLink
        label={t('journey.calendar.download')}
        fetchLink={async () =>
          (await client.query({ query: JourneyCalendarDownload, variables: { caseId }, fetchPolicy: 'network-only' })).data!.treatmentCalendarDownload
        }
      />
      <Group>
        <Button
          variant="default"
          loading={subscribing.loading}
          onClick={() =>
            void settled(subscribe({ variables: { caseId } })).then((done) => {
              if (done?.data) {
                setSubscription(done.data.subscribeTreatmentCalendar);
                setRevoked(undefined);
              }
            })
          }
        >
          {t(subscription ? 'journey.calendar.replace' : 'journey.calendar.subscribe')}
        </Button>
        <Button variant="outline" color="red" onClick={() => (revoking.reset(), setAsking(true))}>
          {t('journey.calendar.revoke')}
        </Button>
      </Group>
      {subscribing.error && <LoadError error={subscribing.error} />}
      {subscription && (
        <Group align="flex-end">
          <TextInput
            readOnly
            label={t('journey.calendar.url')}
            description={t('journey.calendar.urlHint', { at: formatInstant(subscription.createdAt, i18n.language) })}
            value={subscription.url}
            style={{ flex: 1 }}
          />
          <CopyButton value={subscription.url}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {t(copied ? 'journey.calendar.copied' : 'journey.calendar.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
      {revoked !== undefined && <Text role="status">{t(revoked ? 'journey.calendar.revoked' : 'journey.calendar.nothingToRevoke')}</Text>}
      <FormModal
        opened={asking}
        title={t('journey.calendar.revokeTitle')}
        submitLabel={t('journey.calendar.revokeConfirm')}
        onClose={() => setAsking(false)}
        loading={revoking.loading}
        error={revoking.error}
        onSubmit={() =>
          void settled(revoke({ variables: { caseId } })).then((done) => {
            if (!done?.data) return;
            setRevoked(done.data.revokeTreatmentCalendar);
            setSubscription(undefined);
            setAsking(false);
          })
        }
      >
        {t('journey.calendar.revokeText')}
      </FormModal>
    </Stack>
  );
}
