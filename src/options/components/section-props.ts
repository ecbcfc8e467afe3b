/** What each settings section gets: the draft, a way to change it, and what policy locks. */
import type { Settings } from '../../messages.ts';

export interface SectionProps {
  settings: Settings;
  update(patch: Partial<Settings>): void;
  /** Settings fixed by organization policy (managed storage): shown, disabled, with a note. */
  locked: ReadonlyArray<keyof Settings>;
}
