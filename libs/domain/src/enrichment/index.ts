export { emailDomain, emailType, emailTypeOfDomain } from './email-type';
export { contactFromJobTitle, seniorityFromTitle, roleTypeOf, decisionPowerOf, withBuyerAreas, normalizeBuyerAreas, type JobTitleProfile } from './contact-profile';
export { normalizePhone, isPlaceholderPhone } from './phone';
export { countryFromLocation, countriesFromLocation, leadCountry, countryFromPhone, countryFromEmailDomain, countryCode, countriesNamedIn, type CountryCode } from './location';
export { detectLanguage, type LeadLanguage } from './language';
export { enrichLead, leadCompleteness, type LeadEnrichment, type LeadCompleteness } from './enrich-lead';
export { deriveContactKeys, type ContactKeys } from './contact-keys';
