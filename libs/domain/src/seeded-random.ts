// One seeded random source for everything that must come out the same twice: the demo history, the synthetic
// closed leads of the learning proof, and the mini-batch order of training.

/** mulberry32: small, fast, and the same sequence in [0, 1) for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
