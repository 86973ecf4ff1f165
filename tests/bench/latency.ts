/**
 * Latency figures of the HTTP benchmark (admin-http.ts): percentiles of pooled samples, and how far a
 * ratio of p95s can be trusted when the samples come in rounds.
 */
export type Latency = { p50: number; p95: number; count: number };

/** Latency percentiles of samples (nearest rank). */
export function percentiles(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
  return { p50: at(0.5), p95: at(0.95), count: sorted.length };
}

/** A small seeded generator (mulberry32): the same interval for the same samples, run after run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 90% interval of a ratio of pooled p95s, `ratio([p95 of load 0, p95 of load 1, …])`, by a
 * bootstrap over rounds: `rounds[load][round]` holds one load's samples of one round. A resample
 * draws rounds with replacement and takes the same rounds for every load, because a disturbance of
 * the machine during a round falls on all the loads measured in it. The pooled ratio of one run moved
 * by up to 0.2 between runs of the same code; this says, from a single run, how much of a ratio's
 * distance from its target is that noise.
 */
export function ratioInterval(
  rounds: readonly (readonly (readonly number[])[])[],
  ratio: (p95s: readonly number[]) => number,
  { resamples = 2000, seed = 1 } = {},
): { low: number; high: number } {
  const count = rounds[0]?.length ?? 0;
  if (count === 0 || rounds.some((load) => load.length !== count)) {
    throw new Error("ratioInterval: every load needs the same number of rounds");
  }
  const random = seededRandom(seed);
  const ratios: number[] = [];
  for (let resample = 0; resample < resamples; resample++) {
    const picked = Array.from({ length: count }, () => Math.floor(random() * count));
    const p95s = rounds.map((load) => percentiles(picked.flatMap((round) => load[round]!)).p95);
    ratios.push(ratio(p95s));
  }
  ratios.sort((a, b) => a - b);
  return { low: ratios[Math.floor(resamples * 0.05)]!, high: ratios[Math.floor(resamples * 0.95)]! };
}
