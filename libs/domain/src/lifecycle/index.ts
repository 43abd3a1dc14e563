export * from './values';
export type { LeadLifecycle, Refusal, RefusalCode, Transition } from './transitions';
/** The transitions as `lifecycle.close(lead, ...)`: their short names read as the sales process, and stay unambiguous. */
export * as lifecycle from './transitions';
