// A deterministic train / held-out split: a lead stays on the same side across nightly runs, so a model is never
// judged on leads it (or its predecessor) trained on.

/** FNV-1a 32-bit: stable across processes and platforms. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const HELD_OUT_SHARE = 0.2;

export function isHeldOut(leadId: string, share = HELD_OUT_SHARE): boolean {
  return fnv1a(`scoring-split:${leadId}`) % 10_000 < share * 10_000;
}

export function splitTrainHeldOut<T extends { id: string }>(leads: readonly T[], share = HELD_OUT_SHARE): { train: T[]; heldOut: T[] } {
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const lead of leads) (isHeldOut(lead.id, share) ? heldOut : train).push(lead);
  return { train, heldOut };
}
