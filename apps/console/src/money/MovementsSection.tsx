import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoney, today } from '../i18n/format';
import { settled } from '../journey/shared';
import { FormModal } from '../shell/FormModal';
import { LoadError } from '../shell/states';
import { MoneyRecordPayment, MoneyRecordRefund } from './money-queries';
import type { Billing } from './MoneyTab';

/** Currencies families pay in; anything but the ledger's CNY is counted at a dated rate. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'HKD', 'JPY', 'SGD'] as const;
type Movement = Billing['payments'][number];
type Direction = 'payment' | 'refund';

/** Payments and refunds as recorded (each once by its reference), and recording one. */
export function MovementsSection({ caseId, billing }: { caseId: string; billing: Billing }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="money-movements">
      <Title order={3} id="money-movements">
        {t('money.movements.heading')}
      </Title>
      <Movements caption={t('money.movements.payments')} empty={t('money.movements.noPayments')} movements={billing.payments} />
      <Movements caption={t('money.movements.refunds')} empty={t('money.movements.noRefunds')} movements={billing.refunds} />
      <RecordMovement caseId={caseId} />
    </Stack>
  );
}

function Movements({ caption, empty, movements }: { caption: string; empty: string; movements: readonly Movement[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const none = t('money.none');
  if (movements.length === 0) return <Text>{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('money.movements.reference')}</Table.Th>
            <Table.Th scope="col">{t('money.movements.on')}</Table.Th>
            <Table.Th scope="col">{t('money.movements.amount')}</Table.Th>
            <Table.Th scope="col">{t('money.movements.received')}</Table.Th>
            <Table.Th scope="col">{t('money.movements.invoiceReference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {movements.map((movement) => (
            <Table.Tr key={movement.reference}>
              <Table.Th scope="row">{movement.reference}</Table.Th>
              <Table.Td>{formatDay(movement.on, locale)}</Table.Td>
              <Table.Td>{formatMoney(movement.amount, locale)}</Table.Td>
              <Table.Td>
                {movement.received ? formatMoney(movement.received, locale) : none}
                {movement.rate && (
                  <Text size="xs" c="dimmed">
                    {t('money.rateValue', {
                      from: movement.received?.currency ?? '',
                      to: 'CNY',
                      rate: movement.rate.rate,
                      asOf: formatDay(movement.rate.asOf, locale),
                      source: movement.rate.source,
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{movement.invoiceReference ?? none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Money moved is recorded once and stays on the ledger: the form asks for confirmation. */
function RecordMovement({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [direction, setDirection] = useState<Direction>('payment');
  const [reference, setReference] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string>('CNY');
  const [on, setOn] = useState(today());
  const [rate, setRate] = useState('');
  const [rateAsOf, setRateAsOf] = useState(today());
  const [rateSource, setRateSource] = useState('');
  const [invoiceReference, setInvoiceReference] = useState('');
  const [asking, setAsking] = useState(false);
  const options = { refetchQueries: ['MoneyTab'], awaitRefetchQueries: true };
  const [pay, paying] = useMutation(MoneyRecordPayment, options);
  const [refund, refunding] = useMutation(MoneyRecordRefund, options);
  const state = direction === 'payment' ? paying : refunding;
  const foreign = currency !== 'CNY';
  const shown = /^\d+(\.\d+)?$/.test(amount) ? formatMoney({ amount, currency }, i18n.language) : `${amount} ${currency}`;
  const [done, setDone] = useState<string>();
  const submit = async () => {
    const movement = {
      reference,
      amount: { amount, currency },
      on,
      rate: foreign ? { rate, asOf: rateAsOf, source: rateSource } : undefined,
      invoiceReference: invoiceReference || undefined,
    };
    const result =
      direction === 'payment'
        ? await settled(pay({ variables: { caseId, payment: movement } }))
        : await settled(refund({ variables: { caseId, refund: movement } }));
    if (result) {
      setAsking(false);
      setDone(t(direction === 'payment' ? 'money.movements.paymentRecorded' : 'money.movements.refundRecorded', { reference }));
    }
  };
  return (
    <Stack
      component="form"
      aria-labelledby="money-record"
      gap="xs"
      onSubmit={(event) => {
        event.preventDefault();
        paying.reset();
        refunding.reset();
        setDone(undefined);
        setAsking(true);
      }}
    >
      <Title order={4} id="money-record">
        {t('money.movements.recordHeading')}
      </Title>
      <Group align="flex-end">
        <NativeSelect
          label={t('money.movements.direction')}
          value={direction}
          onChange={(event) => setDirection(event.currentTarget.value as Direction)}
          data={[
            { value: 'payment', label: t('money.movements.payment') },
            { value: 'refund', label: t('money.movements.refund') },
          ]}
        />
        <TextInput
          label={t('money.movements.referenceField')}
          description={t('money.movements.referenceHint')}
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
          required
        />
        <TextInput
          label={t('money.movements.amountField')}
          description={t('money.amountHint')}
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          required
        />
        <NativeSelect
          label={t('money.movements.currency')}
          value={currency}
          onChange={(event) => setCurrency(event.currentTarget.value)}
          data={[...CURRENCIES]}
        />
        <TextInput type="date" label={t('money.movements.onField')} value={on} onChange={(event) => setOn(event.currentTarget.value)} required />
        <TextInput
          label={t('money.movements.invoiceReferenceField')}
          value={invoiceReference}
          onChange={(event) => setInvoiceReference(event.currentTarget.value)}
        />
      </Group>
      {foreign && (
        <Group align="flex-end">
          <TextInput label={t('money.movements.rate', { currency })} value={rate} onChange={(event) => setRate(event.currentTarget.value)} required />
          <TextInput type="date" label={t('money.movements.rateAsOf')} value={rateAsOf} onChange={(event) => setRateAsOf(event.currentTarget.value)} required />
          <TextInput label={t('money.movements.rateSource')} value={rateSource} onChange={(event) => setRateSource(event.currentTarget.value)} required />
        </Group>
      )}
      <Group>
        <Button type="submit">{t(direction === 'payment' ? 'money.movements.recordPayment' : 'money.movements.recordRefund')}</Button>
      </Group>
      {state.error && !asking && <LoadError error={state.error} />}
      {done && <Text role="status">{done}</Text>}
      <FormModal
        opened={asking}
        title={t(direction === 'payment' ? 'money.movements.confirmPaymentTitle' : 'money.movements.confirmRefundTitle')}
        submitLabel={t(direction === 'payment' ? 'money.movements.confirmPayment' : 'money.movements.confirmRefund')}
        onClose={() => setAsking(false)}
        loading={state.loading}
        error={state.error}
        onSubmit={() => void submit()}
      >
        {t('money.movements.confirmText', { amount: shown, reference, on: on ? formatDay(on, i18n.language) : '' })}
      </FormModal>
    </Stack>
  );
}
