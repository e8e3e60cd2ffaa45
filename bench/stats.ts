// The small maths of the benchmarks: medians, per-round ratios, round-robin order, window counts.

export function median(values: ArrayLike<number>): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = Array.from(values).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of `subject[i] / base[i]`: each round compared with its own baseline, so noise that hits one round hits both. */
export function medianRatio(subject: readonly number[], base: readonly number[]): number {
  if (subject.length !== base.length) throw new RangeError('ratio of series of different lengths');
  return median(subject.map((s, i) => s / base[i]!));
}

/** The order of round `round`: `items` rotated left by `round`, so each comes first, middle and last alike. */
export function rotated<T>(items: readonly T[], round: number): T[] {
  const k = ((round % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** The most timestamps that fall in any half-open window [t, t + windowMs). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[last]! - sorted[first]! >= windowMs) first += 1;
    best = Math.max(best, last - first + 1);
  }
  return best;
}

/** Figures rounded for printing and the JSON summary. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
