import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordsVerifiedDocumentsQuery } from '../gql/graphql';
import { formatDay } from '../i18n/format';
import { RecordsVerifiedDocuments } from './records-queries';

type Doc = NonNullable<RecordsVerifiedDocumentsQuery['case']>['documents'][number];

/** A document's newest verified version (what a citation of it reads), if any. */
export function latestVerified(document: Doc | undefined) {
  return document?.versions.filter((version) => version.status === 'VERIFIED').sort((a, b) => b.version - a.version)[0];
}

/** Chooses one of the case's verified documents to cite (a summary fact, an assessment). */
export function CitedDocumentSelect({
  caseId,
  label,
  value,
  onChange,
}: {
  caseId: string;
  label: string;
  value: string;
  onChange: (documentId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(RecordsVerifiedDocuments, { variables: { id: caseId } });
  const options = (data?.case?.documents ?? []).flatMap((document) => {
    const version = latestVerified(document);
    if (!version) return [];
    const day = version.recordDate ? formatDay(version.recordDate, i18n.language) : t('records.none');
    return [{ value: document.id, label: t('records.cite.option', { kind: t(`records.documentKind.${document.kind}`), file: version.fileName, date: day }) }];
  });
  return (
    <NativeSelect
      label={label}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: options.length ? t('records.cite.choose') : t('records.cite.none') }, ...options]}
    />
  );
}
