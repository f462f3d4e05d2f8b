import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../auth/session';
import type { CentreProfileInput, OfficeCentreQuery } from '../gql/graphql';
import { formatInstant } from '../i18n/format';
import { LoadError, Loading } from '../shell/states';
import { optional } from './office-rules';
import { OfficeCentre, OfficeTariff, OfficeUpdateCentre } from './queries';
import { Detail, Details } from '../shell/details';

/** Languages an international office commonly works in (ISO 639-1); the centre's own are always offered. */
const LANGUAGE_CHOICES = ['zh', 'en', 'ru', 'ar', 'fr', 'es', 'ja', 'ko', 'kk', 'uz', 'mn', 'vi', 'th', 'id'];

/** The office's own centre: what it publishes, its profile to keep current, and where invoices are paid. */
export function CentrePage({ session }: { session: Session }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('office.centre.heading')} · ${t('app.title')}`);
  const centreId = session.centreId ?? '';
  const { data, loading, error, refetch } = useQuery(OfficeCentre, { variables: { id: centreId }, skip: !centreId, fetchPolicy: 'network-only' });
  const centre = data?.centre;
  // Kept here: the form starts afresh from the saved profile, the confirmation stays.
  const [savedAt, setSavedAt] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={1}>{t('office.centre.heading')}</Title>
      {!centreId && <Text>{t('office.noCentre')}</Text>}
      {loading && !data && <Loading />}
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {data && !centre && <Text>{t('office.centre.notFound')}</Text>}
      {centre && (
        <>
          <Title order={2}>{t('office.centre.published')}</Title>
          <Details>
            <Detail label={t('office.centre.name')}>{centre.name}</Detail>
            <Detail label={t('office.centre.city')}>{centre.city}</Detail>
            <Detail label={t('office.centre.office')}>{t(`office.internationalOffice.${centre.internationalOffice}`)}</Detail>
            <Detail label={t('office.centre.targets')}>{centre.activeTargets.join(', ') || t('office.none')}</Detail>
          </Details>
          {centre.internationalOfficeNote && <Text>{centre.internationalOfficeNote}</Text>}
          <ProfileForm key={JSON.stringify(centre)} centre={centre} savedAt={savedAt} onSaved={setSavedAt} />
          <BankSummary centreId={centre.id} />
        </>
      )}
    </Stack>
  );
}

type Centre = NonNullable<OfficeCentreQuery['centre']>;

function ProfileForm({ centre, savedAt, onSaved }: { centre: Centre; savedAt: string | null; onSaved: (at: string) => void }) {
  const { t, i18n } = useTranslation();
  const [profile, setProfile] = useState({
    nameZh: centre.nameZh ?? '',
    addressEn: centre.address?.en ?? '',
    addressZh: centre.address?.zh ?? '',
    languages: centre.languages,
    icuBackup: centre.icuBackup,
    crsIcansManagement: centre.crsIcansManagement,
    hotelMonitoringAfterDay14: centre.hotelMonitoringAfterDay14,
    contactEmail: centre.contactEmail ?? '',
    contactPhone: centre.contactPhone ?? '',
  });
  const [save, { loading, error }] = useMutation(OfficeUpdateCentre, { refetchQueries: [OfficeCentre] });
  const set = <K extends keyof typeof profile>(key: K, value: (typeof profile)[K]) => setProfile((current) => ({ ...current, [key]: value }));
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const choices = [...new Set([...LANGUAGE_CHOICES, ...centre.languages])];
  const submit = async () => {
    const input: CentreProfileInput = {
      nameZh: optional(profile.nameZh) ?? null,
      // Both lines of the address or none: a half-written address keeps the current one.
      ...(optional(profile.addressEn) && optional(profile.addressZh) ? { address: { en: profile.addressEn.trim(), zh: profile.addressZh.trim() } } : {}),
      languages: profile.languages,
      icuBackup: profile.icuBackup,
      crsIcansManagement: profile.crsIcansManagement,
      hotelMonitoringAfterDay14: profile.hotelMonitoringAfterDay14,
      contactEmail: optional(profile.contactEmail) ?? null,
      contactPhone: optional(profile.contactPhone) ?? null,
    };
    const done = await save({ variables: { centreId: centre.id, profile: input } }).catch(() => null);
    if (done?.data) onSaved(new Date().toISOString());
  };
  return (
    <Stack component="form" aria-labelledby="profile-heading" onSubmit={(event) => (event.preventDefault(), void submit())} maw={900}>
      <Title order={2} id="profile-heading">
        {t('office.centre.profile')}
      </Title>
      <TextInput label={t('office.centre.nameZh')} value={profile.nameZh} onChange={(event) => set('nameZh', event.currentTarget.value)} />
      <TextInput label={t('office.centre.addressEn')} value={profile.addressEn} onChange={(event) => set('addressEn', event.currentTarget.value)} />
      <TextInput label={t('office.centre.addressZh')} value={profile.addressZh} onChange={(event) => set('addressZh', event.currentTarget.value)} />
      <Group grow>
        <TextInput
          label={t('office.centre.email')}
          type="email"
          value={profile.contactEmail}
          onChange={(event) => set('contactEmail', event.currentTarget.value)}
        />
        <TextInput
          label={t('office.centre.phone')}
          type="tel"
          value={profile.contactPhone}
          onChange={(event) => set('contactPhone', event.currentTarget.value)}
        />
      </Group>
      <Checkbox.Group label={t('office.centre.languages')} value={profile.languages} onChange={(value) => set('languages', value)}>
        <Group mt="xs">
          {choices.map((code) => (
            <Checkbox key={code} value={code} label={names.of(code) ?? code} />
          ))}
        </Group>
      </Checkbox.Group>
      <Switch label={t('office.centre.icuBackup')} checked={profile.icuBackup} onChange={(event) => set('icuBackup', event.currentTarget.checked)} />
      <Switch
        label={t('office.centre.crsIcans')}
        checked={profile.crsIcansManagement}
        onChange={(event) => set('crsIcansManagement', event.currentTarget.checked)}
      />
      <Switch
        label={t('office.centre.hotel')}
        checked={profile.hotelMonitoringAfterDay14}
        onChange={(event) => set('hotelMonitoringAfterDay14', event.currentTarget.checked)}
      />
      {error && <LoadError error={error} />}
      <Group>
        <Button type="submit" loading={loading}>
          {t('office.centre.save')}
        </Button>
        <Text aria-live="polite">{savedAt ? t('office.savedAt', { when: formatInstant(savedAt, i18n.language) }) : ''}</Text>
      </Group>
    </Stack>
  );
}

/** The bank account is kept with the tariff (invoices print it from there). */
function BankSummary({ centreId }: { centreId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(OfficeTariff, { variables: { centreId } });
  const bank = data?.centreTariff?.bank;
  return (
    <Stack>
      <Title order={2}>{t('office.centre.bank')}</Title>
      {error && <LoadError error={error} />}
      {data &&
        (bank ? (
          <Details>
            <Detail label={t('office.tariff.accountName')}>{bank.accountName}</Detail>
            <Detail label={t('office.tariff.bankName')}>{bank.bankName}</Detail>
            <Detail label={t('office.tariff.accountNumber')}>{bank.accountNumber}</Detail>
            <Detail label={t('office.tariff.swift')}>{bank.swift}</Detail>
          </Details>
        ) : (
          <Text>{t('office.centre.noBank')}</Text>
        ))}
      <Anchor component={Link} to="/office/tariff">
        {t('office.centre.editBank')}
      </Anchor>
    </Stack>
  );
}
