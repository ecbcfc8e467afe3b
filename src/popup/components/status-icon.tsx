/** A distinct shape per status, so status never rests on colour alone (the label sits beside it). */
import type { ScanStatus } from '../../core/index.ts';

// 16×16 strokes; shapes differ even in greyscale: ring, arc, triangle, cross, half disc, tick, square.
const SHAPES: Record<ScanStatus, string> = {
  not_started: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11',
  running: 'M8 2.5a5.5 5.5 0 1 1-5.5 5.5',
  submission_error: 'M8 2L14.5 13.5H1.5Z M8 6.5V9.5 M8 11.2V11.8',
  failed: 'M3.5 3.5L12.5 12.5 M12.5 3.5L3.5 12.5',
  partially_completed: 'M8 2.5a5.5 5.5 0 1 0 0 11Z M8 2.5a5.5 5.5 0 1 1 0 11',
  completed: 'M2.5 8.5L6.5 12.5L13.5 4',
  stopped: 'M4 4H12V12H4Z',
};

/** The status's icon; decorative (aria-hidden) because the label always accompanies it. */
export function StatusIcon({ status }: { status: ScanStatus }) {
  return (
    <svg class={`status-icon status-icon--${status}`} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={SHAPES[status] ?? SHAPES.not_started} fill={status === 'partially_completed' ? 'currentColor' : 'none'} fill-opacity="0.45" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
