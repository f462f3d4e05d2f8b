import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES, type Language } from '../i18n';

/** The language switch in the header (remembered in this browser). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      label={t('app.language')}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
      value={i18n.language}
      onChange={(event) => chooseLanguage(event.currentTarget.value as Language)}
      w={150}
      size="xs"
    />
  );
}
