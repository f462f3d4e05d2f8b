import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language a person picked, remembered in this browser (null: not chosen yet). */
const STORAGE_KEY = 'carta.console.language';

export function chosenLanguage(): Language | null {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : null;
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

/**
 * A hospital office starts in Chinese when its centre works in Chinese, unless the person already
 * picked a language in this browser.
 */
export function defaultLanguageFor(centreLanguages: readonly string[]): Language {
  return centreLanguages.includes('zh') ? 'zh-CN' : 'en';
}

export function applyDefaultLanguage(language: Language): void {
  if (!chosenLanguage()) void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources,
  lng: chosenLanguage() ?? 'en',
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

// Screen readers and fonts follow the page's language.
i18n.on('languageChanged', (language) => document.documentElement.setAttribute('lang', language));
document.documentElement.setAttribute('lang', i18n.language);

export default i18n;
