/** Times `run` for about `ms` milliseconds after a warm-up and returns the median time per call. */
export async function measure(run: () => unknown, { ms = 1500, warmup = 20 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end || samples.length < 5) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export type BenchResult = { name: string; baseline: string; baselineMs: number; candidateMs: number };

export function report(results: BenchResult[]) {
  for (const result of results) {
    const ratio = result.candidateMs / result.baselineMs;
    console.log(
      `${result.name}: ${result.candidateMs.toFixed(4)} ms vs ${result.baseline} ${result.baselineMs.toFixed(4)} ms → ratio ${ratio.toFixed(2)}`,
    );
  }
}
