import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriorTherapyChoice } from './people';

/** Whether the patient had a cellular therapy before: yes, no, or not known yet. */
export function PriorTherapySelect({ value, onChange }: { value: PriorTherapyChoice; onChange: (value: PriorTherapyChoice) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('case.profile.priorTherapy')}
      data={(['UNKNOWN', 'YES', 'NO'] as const).map((choice) => ({ value: choice, label: t(`case.profile.prior.${choice}`) }))}
      value={value}
      onChange={(next) => onChange((next ?? 'UNKNOWN') as PriorTherapyChoice)}
      allowDeselect={false}
    />
  );
}
