import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePeopleQuery } from '../gql/graphql';
import { formatDay } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { LoadError, Loading } from '../shell/states';
import { CaseAddCompanion, CasePeople, CaseRemoveCompanion, CaseUpdateCompanion, CaseUpdatePatient } from './case-query';
import { ConsentsSection } from './ConsentsSection';
import { FormModal } from '../shell/FormModal';
import { Detail } from '../shell/details';
import { blankAsNull, changedFields, maskPassport } from './people';

type Found = NonNullable<CasePeopleQuery['case']>;
type Companion = Found['companions'][number];
const REFETCH = { refetchQueries: ['CasePeople'], awaitRefetchQueries: true };

const PATIENT_FIELDS = { familyName: '', givenName: '', birthDate: '', nationality: '', passportNumber: '', passportExpiry: '', email: '', phone: '' };
const COMPANION_FIELDS = { familyName: '', givenName: '', relationship: '', birthDate: '', nationality: '', passportNumber: '', passportExpiry: '' };
type Fields = Record<string, string>;

/** A person's fields as a form holds them; the passport number is never pre-filled (it is shown masked). */
const asForm = <T extends Fields>(blank: T, person: Partial<Record<keyof T, string | null | undefined>> | null): T =>
  Object.fromEntries(Object.keys(blank).map((key) => [key, key === 'passportNumber' ? '' : (person?.[key] ?? '')])) as T;

/** The patient, the companions who travel with them, and the consents that let centres see the case. */
export function PeopleTab({ caseId, session }: CaseTabProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CasePeople, { variables: { id: caseId }, errorPolicy: 'all' });
  const found = data?.case;
  if (loading && !data) return <Loading />;
  if (!found) return error ? <LoadError error={error} retry={() => void refetch()} /> : <Text>{t('case.notFound')}</Text>;
  return (
    <Stack>
      {error && <LoadError error={error} retry={() => void refetch()} />}
      <PatientSection caseId={caseId} patient={found.patient} />
      <CompanionsSection caseId={caseId} companions={found.companions} shown={found.patient !== null} />
      <ConsentsSection caseId={caseId} session={session} consents={found.consents} documents={found.documents} />
    </Stack>
  );
}

/** Text inputs for a person, labelled from the shared person keys. */
function PersonFields<T extends Fields>({
  value,
  onChange,
  required,
  passportKept,
}: {
  value: T;
  onChange: (value: T) => void;
  required: readonly string[];
  passportKept: boolean;
}) {
  const { t } = useTranslation();
  const types: Record<string, string> = { birthDate: 'date', passportExpiry: 'date', email: 'email', phone: 'tel' };
  const hints: Record<string, string> = {
    familyName: t('case.person.asPrinted'),
    givenName: t('case.person.asPrinted'),
    nationality: t('case.person.nationalityHint'),
    ...(passportKept ? { passportNumber: t('case.person.passportKept') } : {}),
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {Object.keys(value).map((key) => (
        <TextInput
          key={key}
          label={t(`case.person.${key}`)}
          description={hints[key]}
          type={types[key] ?? 'text'}
          required={required.includes(key)}
          autoComplete="off"
          value={value[key]}
          onChange={(event) => onChange({ ...value, [key]: event.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  );
}

function PatientSection({ caseId, patient }: { caseId: string; patient: Found['patient'] }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState(PATIENT_FIELDS);
  const [update, updating] = useMutation(CaseUpdatePatient, REFETCH);
  const locale = i18n.language;
  return (
    <>
      <Title order={2}>{t('case.people.patientHeading')}</Title>
      {!patient ? (
        <Text>{t('case.people.patientHidden')}</Text>
      ) : (
        <>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 4 }} m={0}>
            <Detail label={t('case.person.nameAsPrinted')}>
              {patient.familyName}, {patient.givenName}
            </Detail>
            <Detail label={t('case.person.birthDate')}>{formatDay(patient.birthDate, locale)}</Detail>
            <Detail label={t('case.person.nationality')}>{patient.nationality}</Detail>
            <Detail label={t('case.person.passport')}>
              {maskPassport(patient.passportNumber) ?? t('case.people.notKnown')}
              {patient.passportExpiry && ` · ${t('case.person.expires', { day: formatDay(patient.passportExpiry, locale) })}`}
            </Detail>
            <Detail label={t('case.person.email')}>{patient.email ?? t('case.people.notKnown')}</Detail>
            <Detail label={t('case.person.phone')}>{patient.phone ?? t('case.people.notKnown')}</Detail>
          </SimpleGrid>
          <Group>
            <Button
              variant="outline"
              onClick={() => {
                updating.reset();
                setForm(asForm(PATIENT_FIELDS, patient));
                setEditing(true);
              }}
            >
              {t('case.people.editPatient')}
            </Button>
          </Group>
          <FormModal
            opened={editing}
            onClose={() => setEditing(false)}
            title={t('case.people.editPatient')}
            submitLabel={t('case.save')}
            loading={updating.loading}
            error={updating.error}
            onSubmit={() => {
              const changes = changedFields(asForm(PATIENT_FIELDS, patient), form, ['passportNumber']);
              if (changes.nationality) changes.nationality = changes.nationality.toUpperCase();
              void update({ variables: { caseId, patient: changes } }).then(
                (answer) => answer.data && setEditing(false),
                () => null,
              );
            }}
          >
            <Text size="sm">{t('case.people.editPatientIntro')}</Text>
            <PersonFields
              value={form}
              onChange={setForm}
              required={['familyName', 'givenName', 'birthDate', 'nationality']}
              passportKept={!!patient.passportNumber}
            />
          </FormModal>
        </>
      )}
    </>
  );
}

function CompanionsSection({ caseId, companions, shown }: { caseId: string; companions: Companion[]; shown: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [editing, setEditing] = useState<Companion | 'new' | null>(null);
  const [removing, setRemoving] = useState<Companion | null>(null);
  const [form, setForm] = useState(COMPANION_FIELDS);
  const [add, adding] = useMutation(CaseAddCompanion, REFETCH);
  const [update, updating] = useMutation(CaseUpdateCompanion, REFETCH);
  const [remove, removal] = useMutation(CaseRemoveCompanion, REFETCH);
  const saving = editing === 'new' ? adding : updating;
  if (!shown) return null;

  const save = () => {
    if (editing === 'new') {
      const companion = {
        givenName: form.givenName.trim(),
        familyName: form.familyName.trim(),
        relationship: form.relationship.trim(),
        birthDate: form.birthDate,
        nationality: form.nationality.trim().toUpperCase(),
        passportNumber: blankAsNull(form.passportNumber),
        passportExpiry: blankAsNull(form.passportExpiry),
      };
      void add({ variables: { caseId, companion } }).then(
        (answer) => answer.data && setEditing(null),
        () => null,
      );
    } else if (editing) {
      const changes = changedFields(asForm(COMPANION_FIELDS, editing), form, ['passportNumber']);
      if (changes.nationality) changes.nationality = changes.nationality.toUpperCase();
      void update({ variables: { companionId: editing.id, companion: changes } }).then(
        (answer) => answer.data && setEditing(null),
        () => null,
      );
    }
  };

  return (
    <>
      <Title order={2}>{t('case.people.companionsHeading')}</Title>
      <Text size="sm">{t('case.people.companionsIntro')}</Text>
      {companions.length === 0 ? (
        <Text>{t('case.people.noCompanions')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('case.people.companionsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('case.person.nameAsPrinted')}</Table.Th>
                <Table.Th scope="col">{t('case.person.relationship')}</Table.Th>
                <Table.Th scope="col">{t('case.person.birthDate')}</Table.Th>
                <Table.Th scope="col">{t('case.person.nationality')}</Table.Th>
                <Table.Th scope="col">{t('case.person.passport')}</Table.Th>
                <Table.Th scope="col">{t('case.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {companions.map((companion) => (
                <Table.Tr key={companion.id}>
                  <Table.Th scope="row">
                    {companion.familyName}, {companion.givenName}
                  </Table.Th>
                  <Table.Td>{companion.relationship}</Table.Td>
                  <Table.Td>{companion.birthDate ? formatDay(companion.birthDate, locale) : t('case.people.notKnown')}</Table.Td>
                  <Table.Td>{companion.nationality ?? t('case.people.notKnown')}</Table.Td>
                  <Table.Td>{maskPassport(companion.passportNumber) ?? t('case.people.notKnown')}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="outline"
                        onClick={() => {
                          updating.reset();
                          setForm(asForm(COMPANION_FIELDS, companion));
                          setEditing(companion);
                        }}
                      >
                        {t('case.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => {
                          removal.reset();
                          setRemoving(companion);
                        }}
                      >
                        {t('case.people.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button
          variant="outline"
          onClick={() => {
            adding.reset();
            setForm(COMPANION_FIELDS);
            setEditing('new');
          }}
        >
          {t('case.people.addCompanion')}
        </Button>
      </Group>
      <FormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('case.people.addCompanion') : t('case.people.editCompanion')}
        submitLabel={t('case.save')}
        loading={saving.loading}
        error={saving.error}
        onSubmit={save}
      >
        <PersonFields
          value={form}
          onChange={setForm}
          required={['familyName', 'givenName', 'relationship', 'birthDate', 'nationality']}
          passportKept={editing !== 'new' && !!editing?.passportNumber}
        />
      </FormModal>
      <FormModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('case.people.removeTitle')}
        submitLabel={t('case.people.confirmRemove')}
        loading={removal.loading}
        error={removal.error}
        danger
        onSubmit={() =>
          removing &&
          void remove({ variables: { companionId: removing.id } }).then(
            (answer) => answer.data && setRemoving(null),
            () => null,
          )
        }
      >
        <Text>{removing && t('case.people.removeQuestion', { name: `${removing.familyName}, ${removing.givenName}` })}</Text>
      </FormModal>
    </>
  );
}
