import type { LlmSettings } from '@leadops/config';

/**
 * What the classifier needs to reach the model: the settings @leadops/config reads and validates from the environment
 * (one definition of each field), where the guard's limits may be left out to take their defaults.
 */
export type LlmConfig = Omit<LlmSettings, 'maxConcurrency' | 'breakerFailures' | 'breakerCooldownMs'> &
  Partial<Pick<LlmSettings, 'maxConcurrency' | 'breakerFailures' | 'breakerCooldownMs'>>;
