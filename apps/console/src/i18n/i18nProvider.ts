import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { es } from './es';
import { pt } from './pt';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español (México)' },
  { locale: 'pt-BR', name: 'Português (Brasil)' },
];

export const MESSAGES: Record<string, TranslationMessages> = { en, es, 'pt-BR': pt };

/** English by default; react-admin's store remembers the user's choice from the app bar's language menu. */
export const i18nProvider = polyglotI18nProvider((locale) => MESSAGES[locale] ?? en, 'en', LOCALES, { allowMissing: false });
