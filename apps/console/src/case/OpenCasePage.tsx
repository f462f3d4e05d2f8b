import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Session } from '../auth/session';
import { LoadError } from '../shell/states';
import { CaseOpen } from './case-query';
import { blankAsNull, type PriorTherapyChoice, priorTherapyValue } from './people';
import { PriorTherapySelect } from './PriorTherapySelect';

const EMPTY = {
  givenName: '',
  familyName: '',
  birthDate: '',
  nationality: '',
  passportNumber: '',
  passportExpiry: '',
  email: '',
  phone: '',
  icd10: '',
  description: '',
  coordinatorId: '',
};

/**
 * Opens a case for a new patient: the patient as the passport prints them, the diagnosis and whether
 * a cellular therapy came before. The API checks every field; its refusal is shown as it words it.
 */
export function OpenCasePage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState(EMPTY);
  const [prior, setPrior] = useState<PriorTherapyChoice>('UNKNOWN');
  // One key per form load: a double submit or a resend after a lost answer opens one case.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [open, opening] = useMutation(CaseOpen, { refetchQueries: ['WorkQueue'] });
  useDocumentTitle(`${t('case.open.heading')} · ${t('app.title')}`);
  const field = (name: keyof typeof EMPTY) => ({
    value: form[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setForm((current) => ({ ...current, [name]: value }));
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await open({
      variables: {
        input: {
          patient: {
            givenName: form.givenName.trim(),
            familyName: form.familyName.trim(),
            birthDate: form.birthDate,
            nationality: form.nationality.trim().toUpperCase(),
            passportNumber: blankAsNull(form.passportNumber),
            passportExpiry: blankAsNull(form.passportExpiry),
            email: blankAsNull(form.email),
            phone: blankAsNull(form.phone),
          },
          diagnosis: { icd10: form.icd10.trim(), description: form.description.trim() },
          priorCellularTherapy: priorTherapyValue(prior),
          ...(session.role === 'admin' && blankAsNull(form.coordinatorId) ? { coordinatorId: form.coordinatorId.trim() } : {}),
        },
        idempotencyKey,
      },
    }).catch(() => null);
    const opened = answer?.data?.openCase;
    if (opened) void navigate(`/cases/${opened.id}/overview`);
  };

  return (
    <Stack component="form" onSubmit={(event) => void submit(event)} maw={900}>
      <Anchor component={Link} to="/">
        {t('case.back')}
      </Anchor>
      <Title order={1}>{t('case.open.heading')}</Title>
      <Text>{t('case.open.intro')}</Text>
      <Fieldset legend={t('case.open.patient')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('case.person.familyName')} description={t('case.person.asPrinted')} required autoComplete="off" {...field('familyName')} />
          <TextInput label={t('case.person.givenName')} description={t('case.person.asPrinted')} required autoComplete="off" {...field('givenName')} />
          <TextInput label={t('case.person.birthDate')} type="date" required {...field('birthDate')} />
          <TextInput label={t('case.person.nationality')} description={t('case.person.nationalityHint')} required maxLength={3} {...field('nationality')} />
          <TextInput label={t('case.person.passportNumber')} autoComplete="off" {...field('passportNumber')} />
          <TextInput label={t('case.person.passportExpiry')} type="date" {...field('passportExpiry')} />
          <TextInput label={t('case.person.email')} type="email" autoComplete="off" {...field('email')} />
          <TextInput label={t('case.person.phone')} type="tel" autoComplete="off" {...field('phone')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('case.open.clinical')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('case.profile.icd10')} description={t('case.profile.icd10Hint')} required {...field('icd10')} />
          <TextInput label={t('case.profile.description')} required {...field('description')} />
          <PriorTherapySelect value={prior} onChange={setPrior} />
          {session.role === 'admin' && (
            <TextInput label={t('case.open.coordinator')} description={t('case.open.coordinatorHint')} {...field('coordinatorId')} />
          )}
        </SimpleGrid>
      </Fieldset>
      {opening.error && <LoadError error={opening.error} />}
      <Group>
        <Button type="submit" loading={opening.loading}>
          {t('case.open.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The work queue's entry to the form (coordinators and admins open cases; the API refuses others). */
export function OpenCaseButton({ session }: { session: Session }) {
  const { t } = useTranslation();
  if (session.role !== 'coordinator' && session.role !== 'admin') return null;
  return (
    <Group>
      <Button component={Link} to="/cases/new">
        {t('case.open.button')}
      </Button>
    </Group>
  );
}

/**
 * 32 random hex digits. Not `crypto.randomUUID()`: browsers offer it only in a secure context (https or
 * localhost), and a console served over plain http on an intranet host must still open cases.
 */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
