import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { es } from './es';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español (México)' },
];

/** English by default; react-admin's store remembers the user's choice from the app bar's language menu. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'es' ? es : en), 'en', LOCALES, { allowMissing: false });
