import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { FundingModel, ProductType, RegisterTrialInput, TrialPhase } from '../gql/graphql';
import { LoadError } from '../shell/states';
import { CriteriaEditor } from './CriteriaEditor';
import { entries, optional } from './office-rules';
import { OfficeAllTrials, OfficeRegisterTrial, OfficeTrials } from './queries';

const PHASES: readonly TrialPhase[] = ['EARLY_PHASE_1', 'PHASE_1', 'PHASE_1_2', 'PHASE_2', 'PHASE_2_3', 'PHASE_3', 'PHASE_4', 'NOT_APPLICABLE'];
const PRODUCT_TYPES: readonly ProductType[] = ['AUTOLOGOUS', 'ALLOGENEIC'];
const FUNDING: readonly FundingModel[] = ['SPONSOR_FUNDED', 'PATIENT_PAID'];

/** A starting point: one manual line, which the office replaces with the registry's lines. */
const TEMPLATE = JSON.stringify(
  {
    version: 1,
    criteria: [
      {
        id: 'investigator',
        kind: 'EXCLUSION',
        text: "Any condition that in the investigator's judgement makes the patient unsuitable",
        rule: { manual: true },
      },
    ],
  },
  null,
  2,
);

/** Registers a trial the office's centre leads (admins name the owner; the API decides). */
export function RegisterTrialPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('office.register.heading')} · ${t('app.title')}`);
  const navigate = useNavigate();
  const [form, setForm] = useState({ registryIds: '', title: '', targets: '', indications: '', centreIds: '', nmpaIndStatus: '' });
  const [phase, setPhase] = useState<TrialPhase | ''>('');
  const [productType, setProductType] = useState<ProductType>('AUTOLOGOUS');
  const [funding, setFunding] = useState<string[]>(['SPONSOR_FUNDED']);
  const [weeks, setWeeks] = useState<{ min: number | string; max: number | string }>({ min: 3, max: 6 });
  const [criteria, setCriteria] = useState(TEMPLATE);
  const [register, { loading, error, reset }] = useMutation(OfficeRegisterTrial, { refetchQueries: [OfficeTrials, OfficeAllTrials] });
  const text = (key: keyof typeof form, label: string, required = false) => (
    <TextInput
      label={label}
      value={form[key]}
      required={required}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setForm((current) => ({ ...current, [key]: value }));
      }}
    />
  );
  const submit = async () => {
    const input: RegisterTrialInput = {
      registryIds: entries(form.registryIds),
      title: form.title.trim(),
      phase: phase || null,
      productType,
      targets: entries(form.targets),
      indications: entries(form.indications),
      fundingModels: funding as FundingModel[],
      centreIds: entries(form.centreIds),
      manufacturingWeeks: productType === 'AUTOLOGOUS' ? { min: Number(weeks.min), max: Number(weeks.max) } : null,
      nmpaIndStatus: optional(form.nmpaIndStatus) ?? null,
      criteria,
    };
    const done = await register({ variables: { input } }).catch(() => null);
    if (done?.data) void navigate(`/office/trials/${encodeURIComponent(done.data.registerTrial.id)}`);
  };
  return (
    <Stack component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Anchor component={Link} to="/office/trials">
        {t('office.trial.back')}
      </Anchor>
      <Title order={1}>{t('office.register.heading')}</Title>
      <Title order={2}>{t('office.register.registration')}</Title>
      <Group grow align="flex-start">
        {text('registryIds', t('office.register.registryIds'), true)}
        {text('title', t('office.register.title'), true)}
      </Group>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('office.trial.phase')}
          data={[{ value: '', label: t('office.none') }, ...PHASES.map((value) => ({ value, label: t(`office.phase.${value}`) }))]}
          value={phase}
          onChange={(event) => setPhase(event.currentTarget.value as TrialPhase | '')}
        />
        <NativeSelect
          label={t('office.trial.product')}
          data={PRODUCT_TYPES.map((value) => ({ value, label: t(`office.productType.${value}`) }))}
          value={productType}
          onChange={(event) => setProductType(event.currentTarget.value as ProductType)}
        />
        {productType === 'AUTOLOGOUS' && (
          <>
            <NumberInput
              label={t('office.register.weeksMin')}
              value={weeks.min}
              onChange={(min) => setWeeks((current) => ({ ...current, min }))}
              min={1}
              max={26}
            />
            <NumberInput
              label={t('office.register.weeksMax')}
              value={weeks.max}
              onChange={(max) => setWeeks((current) => ({ ...current, max }))}
              min={1}
              max={26}
            />
          </>
        )}
      </Group>
      <Group grow align="flex-start">
        {text('targets', t('office.register.targets'), true)}
        {text('indications', t('office.register.indications'), true)}
        {text('centreIds', t('office.register.centreIds'))}
        {text('nmpaIndStatus', t('office.register.nmpa'))}
      </Group>
      <Checkbox.Group label={t('office.trial.funding')} value={funding} onChange={setFunding}>
        <Group mt="xs">
          {FUNDING.map((value) => (
            <Checkbox key={value} value={value} label={t(`office.funding.${value}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Title order={2}>{t('office.register.criteria')}</Title>
      <CriteriaEditor
        label={t('office.criteria.json')}
        value={criteria}
        onChange={(value) => {
          reset();
          setCriteria(value);
        }}
        refusal={error?.message ?? null}
      />
      {error && <LoadError error={error} />}
      <div>
        <Button type="submit" loading={loading}>
          {t('office.register.submit')}
        </Button>
      </div>
    </Stack>
  );
}
