import { useApolloClient, useMutation } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EstimateFundingModel } from '../gql/graphql';
import { formatDay, formatInstant, formatMoney, today } from '../i18n/format';
import { DownloadLink, settled } from '../journey/shared';
import { FormModal } from '../shell/FormModal';
import { LoadError } from '../shell/states';
import { MoneyAcceptEstimate, MoneyEstimateDownload, MoneyPrepareEstimate } from './money-queries';
import type { Billing } from './MoneyTab';

const FUNDING_MODELS: readonly EstimateFundingModel[] = ['PATIENT_PAID', 'SPONSOR_FUNDED', 'COMPASSIONATE'];

type Estimate = Billing['estimates'][number];
type Range = { low: { amount: string; currency: string }; high: { amount: string; currency: string } };

/** Every version side by side (one column each), the current one to accept, and a form to prepare the next. */
export function EstimatesSection({ caseId, billing }: { caseId: string; billing: Billing }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const locale = i18n.language;
  const estimates = [...billing.estimates].sort((a, b) => a.version - b.version);
  const items = [...new Set(estimates.flatMap((estimate) => estimate.lines.map((line) => line.item)))];
  const range = (value?: Range) => (value ? t('money.range', { low: formatMoney(value.low, locale), high: formatMoney(value.high, locale) }) : t('money.none'));
  const current = billing.currentEstimate;
  const stale =
    current &&
    billing.timelineRevision !== null &&
    billing.timelineRevision !== undefined &&
    billing.timelineRevision !== estimates.find((e) => e.id === current.id)?.timelineRevision;
  const row = (key: string, label: string, cell: (estimate: Estimate) => ReactNode) => (
    <Table.Tr key={key}>
      <Table.Th scope="row">{label}</Table.Th>
      {estimates.map((estimate) => (
        <Table.Td key={estimate.id}>{cell(estimate)}</Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <Stack component="section" aria-labelledby="money-estimates">
      <Title order={3} id="money-estimates">
        {t('money.estimates.heading')}
      </Title>
      {stale && <Text fw={700}>{t('money.estimates.stale')}</Text>}
      {estimates.length === 0 ? (
        <Text>{t('money.estimates.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320 + estimates.length * 260}>
          <Table striped withColumnBorders>
            <Table.Caption>{t('money.estimates.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('money.estimates.item')}</Table.Th>
                {estimates.map((estimate) => (
                  <Table.Th scope="col" key={estimate.id}>
                    {t('money.estimates.version', { version: estimate.version })}
                    {estimate.id === current?.id && (
                      <Badge ml="xs" size="sm" color="blue.9">
                        {t('money.estimates.current')}
                      </Badge>
                    )}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {row('funding', t('money.estimates.fundingModel'), (estimate) => t(`money.fundingModel.${estimate.fundingModel}`))}
              {row('prices', t('money.estimates.priceList'), (estimate) => (
                <>
                  <Badge size="sm" color={estimate.priceList.illustrative ? 'grape.9' : 'teal.9'}>
                    {t(estimate.priceList.illustrative ? 'money.estimates.illustrative' : 'money.estimates.centreOwn')}
                  </Badge>{' '}
                  {t('money.estimates.priceListValue', { label: estimate.priceList.label, asOf: formatDay(estimate.priceList.asOf, locale) })}
                </>
              ))}
              {row('rate', t('money.estimates.rate'), (estimate) =>
                t('money.rateValue', {
                  from: estimate.rate.from,
                  to: estimate.rate.to,
                  rate: estimate.rate.rate,
                  asOf: formatDay(estimate.rate.asOf, locale),
                  source: estimate.rate.source,
                }),
              )}
              {row('revision', t('money.estimates.timelineRevision'), (estimate) => estimate.timelineRevision)}
              {row('prepared', t('money.estimates.preparedAt'), (estimate) => formatInstant(estimate.preparedAt, locale))}
              {items.map((item) =>
                row(item, t(`money.lineItem.${item}`), (estimate) => {
                  const line = estimate.lines.find((candidate) => candidate.item === item);
                  return line ? (
                    <>
                      <Text size="sm">{range(line)}</Text>
                      <Text size="xs" c="dimmed">
                        {line.basis}
                      </Text>
                    </>
                  ) : (
                    t('money.none')
                  );
                }),
              )}
              {row('total', t('money.estimates.total'), (estimate) => (
                <Text fw={700}>{range(estimate.total)}</Text>
              ))}
              {row('totalUsd', t('money.estimates.totalUsd'), (estimate) => range(estimate.totalUsd))}
              {row('accepted', t('money.estimates.acceptance'), (estimate) =>
                estimate.acceptance ? (
                  t('money.estimates.acceptedBy', {
                    by: estimate.acceptance.acceptedBy,
                    at: formatInstant(estimate.acceptance.acceptedAt, locale),
                    recordedBy: estimate.acceptance.recordedBy,
                  })
                ) : estimate.id === current?.id ? (
                  <AcceptEstimate estimate={estimate} />
                ) : (
                  t('money.estimates.notAccepted')
                ),
              )}
              {row('pdf', t('money.estimates.pdf'), (estimate) => (
                <DownloadLink
                  label={t('money.estimates.download', { version: estimate.version })}
                  fetchLink={async () =>
                    (await client.query({ query: MoneyEstimateDownload, variables: { estimateId: estimate.id }, fetchPolicy: 'network-only' })).data!
                      .costEstimateDownload
                  }
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PrepareEstimate caseId={caseId} />
    </Stack>
  );
}

/** The family accepts the current version (as they signed); recorded once, it is what invoices follow. */
function AcceptEstimate({ estimate }: { estimate: Estimate }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [acceptedBy, setAcceptedBy] = useState('');
  const [accept, { loading, error, reset }] = useMutation(MoneyAcceptEstimate, { refetchQueries: ['MoneyTab'], awaitRefetchQueries: true });
  return (
    <>
      <Button size="xs" onClick={() => (reset(), setAsking(true))}>
        {t('money.estimates.accept', { version: estimate.version })}
      </Button>
      <FormModal
        opened={asking}
        title={t('money.estimates.acceptTitle', { version: estimate.version })}
        submitLabel={t('money.estimates.acceptConfirm')}
        onClose={() => setAsking(false)}
        loading={loading}
        error={error}
        onSubmit={() =>
          void settled(accept({ variables: { estimateId: estimate.id, input: { acceptedBy } } })).then((done) => {
            if (done) setAsking(false);
          })
        }
      >
        <Stack>
          <Text>{t('money.estimates.acceptText', { version: estimate.version })}</Text>
          <TextInput
            label={t('money.estimates.acceptedByField')}
            value={acceptedBy}
            onChange={(event) => setAcceptedBy(event.currentTarget.value)}
            required
            data-autofocus
          />
        </Stack>
      </FormModal>
    </>
  );
}

/** A new version only when something it is made from changed (the API answers with the current one otherwise). */
function PrepareEstimate({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [fundingModel, setFundingModel] = useState<EstimateFundingModel>('PATIENT_PAID');
  const [rate, setRate] = useState('');
  const [asOf, setAsOf] = useState(today());
  const [source, setSource] = useState('');
  const [stays, setStays] = useState(true);
  const [prepare, { loading, error }] = useMutation(MoneyPrepareEstimate, { refetchQueries: ['MoneyTab'], awaitRefetchQueries: true });
  // The answer of this submission only (the same version again says so again).
  const [prepared, setPrepared] = useState<number>();
  return (
    <Stack
      component="form"
      aria-labelledby="money-prepare"
      gap="xs"
      onSubmit={(event) => {
        event.preventDefault();
        setPrepared(undefined);
        void settled(prepare({ variables: { caseId, input: { fundingModel, usdToCny: { rate, asOf, source }, familyStaysDuringManufacturing: stays } } })).then(
          (done) => setPrepared(done?.data?.prepareCostEstimate.version),
        );
      }}
    >
      <Title order={4} id="money-prepare">
        {t('money.prepare.heading')}
      </Title>
      <Group align="flex-end">
        <NativeSelect
          label={t('money.prepare.fundingModel')}
          value={fundingModel}
          onChange={(event) => setFundingModel(event.currentTarget.value as EstimateFundingModel)}
          data={FUNDING_MODELS.map((value) => ({ value, label: t(`money.fundingModel.${value}`) }))}
        />
        <TextInput
          label={t('money.prepare.rate')}
          description={t('money.prepare.rateHint')}
          value={rate}
          onChange={(event) => setRate(event.currentTarget.value)}
          required
        />
        <TextInput type="date" label={t('money.prepare.asOf')} value={asOf} onChange={(event) => setAsOf(event.currentTarget.value)} required />
        <TextInput label={t('money.prepare.source')} value={source} onChange={(event) => setSource(event.currentTarget.value)} required />
      </Group>
      <Checkbox label={t('money.prepare.stays')} checked={stays} onChange={(event) => setStays(event.currentTarget.checked)} />
      <Group>
        <Button type="submit" loading={loading}>
          {t('money.prepare.submit')}
        </Button>
      </Group>
      {error && <LoadError error={error} />}
      {prepared !== undefined && <Text role="status">{t('money.prepare.done', { version: prepared })}</Text>}
    </Stack>
  );
}
