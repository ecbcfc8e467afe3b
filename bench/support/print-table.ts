/** The results as a plain-text table (stdout) and as a Markdown table (bench/README.md). */
import type { Metric } from './metric.ts';

const fmt = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));

function targetText(m: Metric): string {
  return m.target ? `${m.target.op === '<=' ? '≤' : m.target.op === '<' ? '<' : '≥'} ${fmt(m.target.value)}` : 'report';
}

function verdict(m: Metric): string {
  return m.met === null ? '—' : m.met ? 'hit' : 'MISS';
}

function rows(metrics: readonly Metric[]): string[][] {
  return metrics.map((m) => [
    m.name,
    m.unit,
    fmt(m.median),
    `${fmt(m.min)}–${fmt(m.max)}`,
    String(m.runs),
    targetText(m),
    verdict(m),
    m.baseline ? `${fmt(m.baseline.median)} (${m.baseline.name})` : '',
  ]);
}

const HEADER = ['metric', 'unit', 'median', 'min–max', 'runs', 'target', 'verdict', 'same-run baseline (median)'];

/** Fixed-width text table for the terminal. */
export function textTable(metrics: readonly Metric[]): string {
  const all = [HEADER, ...rows(metrics)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  return all.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** GitHub Markdown table. */
export function markdownTable(metrics: readonly Metric[]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows(metrics).map(line)].join('\n');
}
