/** A benchmark figure: the summary of its runs, its target and, where there is one, a same-run baseline. */

export interface Target {
  /** The figure must be at most (`<=`) or at least (`>=`) `value`. */
  op: '<=' | '>=' | '<';
  value: number;
}

export interface Baseline {
  /** What the baseline is (e.g. "naive syncer: full refetch, one transaction per record"). */
  name: string;
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface Metric {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  target: Target | null;
  /** true/false against the target; null when the figure is only reported. */
  met: boolean | null;
  baseline?: Baseline;
  /** Anything a reader needs to read the figure right (what was counted, what holds it back). */
  note?: string;
}

/** The median of `values` (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Summarises the runs of one figure. */
export function summarize(values: readonly number[]): { median: number; min: number; max: number; runs: number } {
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.length };
}

/** Builds a metric from its runs; `met` compares the median with the target. */
export function metric(
  name: string,
  unit: string,
  values: readonly number[],
  options: { target?: Target | null; baseline?: Baseline; note?: string } = {},
): Metric {
  const summary = summarize(values);
  const target = options.target ?? null;
  const met = target === null || Number.isNaN(summary.median) ? null : target.op === '<=' ? summary.median <= target.value : target.op === '<' ? summary.median < target.value : summary.median >= target.value;
  return {
    name,
    unit,
    ...summary,
    target,
    met,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.note ? { note: options.note } : {}),
  };
}

/** A baseline entry from its runs. */
export function baseline(name: string, values: readonly number[]): Baseline {
  return { name, ...summarize(values) };
}
