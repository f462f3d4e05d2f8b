import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../auth/session';
import type { CentreTariffInput, OfficeTariffQuery } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/format';
import { LoadError, Loading } from '../shell/states';
import { localToday } from './office-rules';
import { OfficeSetTariff, OfficeTariff } from './queries';
import { Detail, Details } from '../shell/details';

type Tariff = NonNullable<OfficeTariffQuery['centreTariff']>;

/** The priced lines of a tariff, in the order estimates list them. */
const AMOUNTS = [
  'hospitalDay',
  'monitoringDay',
  'apheresis',
  'lymphodepletionDay',
  'crsIcansReserveLow',
  'crsIcansReserveHigh',
  'coordinationFee',
  'interpreterDay',
  'hotelNight',
  'manufacturingLow',
  'manufacturingHigh',
] as const;
type Amount = (typeof AMOUNTS)[number];
const BANK = ['accountName', 'bankName', 'accountNumber', 'swift'] as const;

function amountsOf(tariff: Tariff | null | undefined): Record<Amount, string> {
  return {
    hospitalDay: tariff?.hospitalDay.amount ?? '',
    monitoringDay: tariff?.monitoringDay.amount ?? '',
    apheresis: tariff?.apheresis.amount ?? '',
    lymphodepletionDay: tariff?.lymphodepletionDay.amount ?? '',
    crsIcansReserveLow: tariff?.crsIcansReserve.low.amount ?? '',
    crsIcansReserveHigh: tariff?.crsIcansReserve.high.amount ?? '',
    coordinationFee: tariff?.coordinationFee.amount ?? '',
    interpreterDay: tariff?.interpreterDay.amount ?? '',
    hotelNight: tariff?.hotelNight.amount ?? '',
    manufacturingLow: tariff?.manufacturing.low.amount ?? '',
    manufacturingHigh: tariff?.manufacturing.high.amount ?? '',
  };
}

/** The centre's prices: the version estimates use now, and a new version (with the bank account invoices print). */
export function TariffPage({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  useDocumentTitle(`${t('office.tariff.heading')} · ${t('app.title')}`);
  const centreId = session.centreId ?? '';
  const { data, loading, error, refetch } = useQuery(OfficeTariff, { variables: { centreId }, skip: !centreId, fetchPolicy: 'network-only' });
  const tariff = data?.centreTariff;
  // Kept here: the form starts afresh from the saved tariff, the confirmation stays.
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const rows: [string, string][] = tariff
    ? [
        [t('office.tariff.hospitalDay'), tariff.hospitalDay.formatted],
        [t('office.tariff.monitoringDay'), tariff.monitoringDay.formatted],
        [t('office.tariff.apheresis'), tariff.apheresis.formatted],
        [t('office.tariff.lymphodepletionDay'), tariff.lymphodepletionDay.formatted],
        [t('office.tariff.crsIcansReserve'), `${tariff.crsIcansReserve.low.formatted} – ${tariff.crsIcansReserve.high.formatted}`],
        [t('office.tariff.coordinationFee'), tariff.coordinationFee.formatted],
        [t('office.tariff.interpreterDay'), tariff.interpreterDay.formatted],
        [t('office.tariff.hotelNight'), tariff.hotelNight.formatted],
        [t('office.tariff.manufacturing'), `${tariff.manufacturing.low.formatted} – ${tariff.manufacturing.high.formatted}`],
      ]
    : [];
  return (
    <Stack>
      <Title order={1}>{t('office.tariff.heading')}</Title>
      {!centreId && <Text>{t('office.noCentre')}</Text>}
      {loading && !data && <Loading />}
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {data && (
        <>
          <Title order={2}>{t('office.tariff.current')}</Title>
          {tariff ? (
            <>
              <Details>
                <Detail label={t('office.tariff.label')}>{tariff.label}</Detail>
                <Detail label={t('office.tariff.asOf')}>{formatDay(tariff.asOf, locale)}</Detail>
                <Detail label={t('office.tariff.updatedAt')}>{formatInstant(tariff.updatedAt, locale)}</Detail>
              </Details>
              <Table.ScrollContainer minWidth={500}>
                <Table striped maw={700}>
                  <Table.Caption>{t('office.tariff.caption', { label: tariff.label })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('office.tariff.item')}</Table.Th>
                      <Table.Th scope="col">{t('office.tariff.price')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map(([item, price]) => (
                      <Table.Tr key={item}>
                        <Table.Th scope="row">{item}</Table.Th>
                        <Table.Td>{price}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          ) : (
            <Text>{t('office.tariff.none')}</Text>
          )}
          <TariffForm key={tariff?.updatedAt ?? 'none'} centreId={centreId} tariff={tariff} savedAt={savedAt} onSaved={setSavedAt} />
        </>
      )}
    </Stack>
  );
}

function TariffForm({
  centreId,
  tariff,
  savedAt,
  onSaved,
}: {
  centreId: string;
  tariff: Tariff | null | undefined;
  savedAt: string | null;
  onSaved: (at: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [label, setLabel] = useState(tariff?.label ?? '');
  const [asOf, setAsOf] = useState(localToday());
  const [amounts, setAmounts] = useState(amountsOf(tariff));
  const [currency, setCurrency] = useState(tariff?.manufacturing.low.currency ?? 'CNY');
  const [bank, setBank] = useState<Record<(typeof BANK)[number], string>>({
    accountName: tariff?.bank?.accountName ?? '',
    bankName: tariff?.bank?.bankName ?? '',
    accountNumber: tariff?.bank?.accountNumber ?? '',
    swift: tariff?.bank?.swift ?? '',
  });
  const [save, { loading, error }] = useMutation(OfficeSetTariff, { refetchQueries: [OfficeTariff] });
  const submit = async () => {
    const hasBank = BANK.some((key) => bank[key].trim() !== '');
    const input: CentreTariffInput = {
      label: label.trim(),
      asOf,
      ...amounts,
      manufacturingCurrency: currency,
      ...(hasBank
        ? { bank: { accountName: bank.accountName.trim(), bankName: bank.bankName.trim(), accountNumber: bank.accountNumber.trim(), swift: bank.swift.trim() } }
        : {}),
    };
    const done = await save({ variables: { centreId, tariff: input } }).catch(() => null);
    if (done?.data) onSaved(new Date().toISOString());
  };
  return (
    <Stack component="form" aria-labelledby="tariff-form-heading" onSubmit={(event) => (event.preventDefault(), void submit())} maw={1000}>
      <Title order={2} id="tariff-form-heading">
        {t('office.tariff.newVersion')}
      </Title>
      <Text size="sm">{t('office.tariff.hint')}</Text>
      <Group grow>
        <TextInput label={t('office.tariff.label')} value={label} onChange={(event) => setLabel(event.currentTarget.value)} required />
        <TextInput label={t('office.tariff.asOf')} type="date" value={asOf} onChange={(event) => setAsOf(event.currentTarget.value)} required />
      </Group>
      <SimpleGrid cols={{ base: 2, md: 3 }}>
        {AMOUNTS.map((key) => (
          <TextInput
            key={key}
            label={t(`office.tariff.input.${key}`)}
            inputMode="decimal"
            value={amounts[key]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setAmounts((current) => ({ ...current, [key]: value }));
            }}
            required
          />
        ))}
        <NativeSelect label={t('office.tariff.currency')} data={['CNY', 'USD']} value={currency} onChange={(event) => setCurrency(event.currentTarget.value)} />
      </SimpleGrid>
      <Title order={3}>{t('office.tariff.bankHeading')}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {BANK.map((key) => (
          <TextInput
            key={key}
            label={t(`office.tariff.${key}`)}
            value={bank[key]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setBank((current) => ({ ...current, [key]: value }));
            }}
          />
        ))}
      </SimpleGrid>
      {error && <LoadError error={error} />}
      <Group>
        <Button type="submit" loading={loading}>
          {t('office.tariff.save')}
        </Button>
        <Text aria-live="polite">{savedAt ? t('office.savedAt', { when: formatInstant(savedAt, i18n.language) }) : ''}</Text>
      </Group>
    </Stack>
  );
}
