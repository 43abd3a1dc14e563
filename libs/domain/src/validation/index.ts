export { validateLeadInput, LEAD_LIMITS, type FieldError, type LeadValidation } from './validate-lead-input';
export { validateCompanyProfile, type ProfileValidation } from './validate-company-profile';
export { isSingleMailbox, isMailDomain, notifyRecipientRefusal } from './notify-recipient';
