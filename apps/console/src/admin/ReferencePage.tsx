import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Code, Group, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { TravellerRole } from '../gql/graphql';
import { formatCount } from '../i18n/format';
import { LoadError, Loading } from '../shell/states';

export const AdminReference = graphql(`
  query AdminReference {
    centres {
      id
      name
      nameZh
      city
      languages
      contactEmail
      contactPhone
    }
    trials(recruitingOnly: false) {
      id
      registryIds
      title
      ownerCentreId
      productType
      recruiting
      openSlots
      sites {
        centreId
        recruiting
      }
    }
  }
`);

export const AdminVisaRoutes = graphql(`
  query AdminVisaRoutes {
    visaRoutes {
      ...AdminVisaRoute
    }
  }
  fragment AdminVisaRoute on VisaRoute {
    nationality
    applicantRole
    category
    maxStayDays
    processingDays {
      min
      max
    }
    note
  }
`);

export const AdminSetVisaRoute = graphql(`
  mutation AdminSetVisaRoute($route: VisaRouteInput!) {
    setVisaRoute(route: $route) {
      ...AdminVisaRoute
    }
  }
`);

const ROLES: readonly TravellerRole[] = ['PATIENT', 'COMPANION'];
interface RouteForm {
  nationality: string;
  applicantRole: TravellerRole;
  category: string;
  maxStayDays: number | string;
  min: number | string;
  max: number | string;
  note: string;
}
const EMPTY: RouteForm = { nationality: '', applicantRole: 'PATIENT', category: '', maxStayDays: 90, min: 5, max: 15, note: '' };

/** The reference data the API lets an admin read and keep: centres, visa routes, the trial catalogue. */
export function ReferencePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('admin.reference.heading')} · ${t('app.title')}`);
  return (
    <Stack gap="xl">
      <Title order={1}>{t('admin.reference.heading')}</Title>
      <VisaRoutes />
      <CentresAndTrials />
    </Stack>
  );
}

function VisaRoutes() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data, loading, error, refetch } = useQuery(AdminVisaRoutes);
  const [form, setForm] = useState<RouteForm>(EMPTY);
  const [save, saving] = useMutation(AdminSetVisaRoute, { refetchQueries: [AdminVisaRoutes], awaitRefetchQueries: true });
  const [saved, setSaved] = useState<string | null>(null);
  const field =
    <K extends keyof RouteForm>(key: K) =>
    (value: RouteForm[K]) =>
      setForm((current) => ({ ...current, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const answer = await save({
      variables: {
        route: {
          nationality: form.nationality.trim(),
          applicantRole: form.applicantRole,
          category: form.category.trim(),
          maxStayDays: Number(form.maxStayDays),
          processingDays: { min: Number(form.min), max: Number(form.max) },
          note: form.note,
        },
      },
    }).catch(() => null); // the error is shown from `saving.error`
    if (answer?.data) setSaved(`${answer.data.setVisaRoute.nationality} · ${t(`admin.reference.role.${answer.data.setVisaRoute.applicantRole}`)}`);
  };
  return (
    <Stack component="section" aria-labelledby="visa-routes">
      <Title order={2} id="visa-routes">
        {t('admin.reference.visaRoutes')}
      </Title>
      <Text>{t('admin.reference.visaRoutesIntro')}</Text>
      {loading && !data && <Loading />}
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {data && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Caption>{t('admin.reference.visaRoutesCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.reference.nationality')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.applicantRole')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.category')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.maxStayDays')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.processingDays')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.note')}</Table.Th>
                <Table.Th scope="col">{t('admin.reference.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.visaRoutes.map((route) => (
                <Table.Tr key={`${route.nationality}:${route.applicantRole}`}>
                  <Table.Th scope="row">{route.nationality === '*' ? t('admin.reference.anyOther') : route.nationality}</Table.Th>
                  <Table.Td>{t(`admin.reference.role.${route.applicantRole}`)}</Table.Td>
                  <Table.Td>
                    <Code>{route.category}</Code>
                  </Table.Td>
                  <Table.Td>{formatCount(route.maxStayDays, locale)}</Table.Td>
                  <Table.Td>
                    {t('admin.reference.dayRange', { min: formatCount(route.processingDays.min, locale), max: formatCount(route.processingDays.max, locale) })}
                  </Table.Td>
                  <Table.Td>{route.note}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('admin.reference.editOne', { nationality: route.nationality, role: t(`admin.reference.role.${route.applicantRole}`) })}
                      onClick={() => {
                        setSaved(null);
                        setForm({
                          nationality: route.nationality,
                          applicantRole: route.applicantRole,
                          category: route.category,
                          maxStayDays: route.maxStayDays,
                          min: route.processingDays.min,
                          max: route.processingDays.max,
                          note: route.note,
                        });
                      }}
                    >
                      {t('admin.reference.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form onSubmit={(event) => void submit(event)} aria-labelledby="visa-route-form">
        <Stack maw={720}>
          <Title order={3} id="visa-route-form">
            {t('admin.reference.formHeading')}
          </Title>
          <Text size="sm">{t('admin.reference.formHelp')}</Text>
          <Group align="flex-start" grow>
            <TextInput
              label={t('admin.reference.nationality')}
              description={t('admin.reference.nationalityHint')}
              value={form.nationality}
              onChange={(event) => field('nationality')(event.currentTarget.value.toUpperCase())}
              required
              maxLength={3}
            />
            <NativeSelect
              label={t('admin.reference.applicantRole')}
              data={ROLES.map((role) => ({ value: role, label: t(`admin.reference.role.${role}`) }))}
              value={form.applicantRole}
              onChange={(event) => field('applicantRole')(event.currentTarget.value as TravellerRole)}
            />
            <TextInput
              label={t('admin.reference.category')}
              description={t('admin.reference.categoryHint')}
              value={form.category}
              onChange={(event) => field('category')(event.currentTarget.value)}
              required
            />
          </Group>
          <Group align="flex-start" grow>
            <NumberInput
              label={t('admin.reference.maxStayDays')}
              value={form.maxStayDays}
              onChange={field('maxStayDays')}
              min={1}
              max={365}
              allowDecimal={false}
              required
            />
            <NumberInput label={t('admin.reference.processingMin')} value={form.min} onChange={field('min')} min={1} allowDecimal={false} required />
            <NumberInput label={t('admin.reference.processingMax')} value={form.max} onChange={field('max')} min={1} allowDecimal={false} required />
          </Group>
          <TextInput
            label={t('admin.reference.note')}
            value={form.note}
            onChange={(event) => field('note')(event.currentTarget.value)}
            required
            maxLength={300}
          />
          {saving.error && <LoadError error={saving.error} />}
          {saved && <Alert color="blue" role="status" title={t('admin.reference.saved', { route: saved })} />}
          <Group>
            <Button type="submit" loading={saving.loading}>
              {t('admin.reference.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function CentresAndTrials() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data, loading, error, refetch } = useQuery(AdminReference);
  const none = t('admin.none');
  return (
    <>
      <Stack component="section" aria-labelledby="centres">
        <Title order={2} id="centres">
          {t('admin.reference.centres')}
        </Title>
        {loading && !data && <Loading />}
        {error && <LoadError error={error} retry={() => void refetch()} />}
        {data && (
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Caption>{t('admin.reference.centresCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.reference.centre')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.centreId')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.city')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.languages')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.contact')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.centres.map((centre) => (
                  <Table.Tr key={centre.id}>
                    <Table.Th scope="row">
                      {centre.name}
                      {centre.nameZh && <Text size="sm">{centre.nameZh}</Text>}
                    </Table.Th>
                    <Table.Td>
                      <Code>{centre.id}</Code>
                    </Table.Td>
                    <Table.Td>{centre.city}</Table.Td>
                    <Table.Td>{centre.languages.join(', ') || none}</Table.Td>
                    <Table.Td>{[centre.contactEmail, centre.contactPhone].filter(Boolean).join(' · ') || none}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Stack component="section" aria-labelledby="trials">
        <Title order={2} id="trials">
          {t('admin.reference.trials')}
        </Title>
        {data && (
          <Table.ScrollContainer minWidth={1000}>
            <Table striped>
              <Table.Caption>{t('admin.reference.trialsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.reference.trial')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.registryIds')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.leadSite')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.productType')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.recruiting')}</Table.Th>
                  <Table.Th scope="col">{t('admin.reference.openSlots')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.trials.map((trial) => (
                  <Table.Tr key={trial.id}>
                    <Table.Th scope="row">{trial.title}</Table.Th>
                    <Table.Td>{trial.registryIds.join(', ') || none}</Table.Td>
                    <Table.Td>
                      <Code>{trial.ownerCentreId}</Code>
                    </Table.Td>
                    <Table.Td>{t(`admin.reference.product.${trial.productType}`)}</Table.Td>
                    <Table.Td>
                      {trial.recruiting ? (
                        <Badge miw="max-content" color="blue.9">
                          {t('admin.reference.recruitingAt', {
                            sites: formatCount(trial.sites.filter((site) => site.recruiting).length, locale),
                            all: formatCount(trial.sites.length, locale),
                          })}
                        </Badge>
                      ) : (
                        <Badge miw="max-content" color="gray.8">
                          {t('admin.reference.notRecruiting')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatCount(trial.openSlots, locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
}
