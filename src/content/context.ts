/** What every overlay feature is started with. */
import type { ObserverHub } from './observe/observer-hub.ts';
import type { OverlayIndex } from './overlay-index.ts';
import type { DashboardPage, DashboardProfile } from './profile/types.ts';

export interface FeatureContext {
  profile: DashboardProfile;
  data: OverlayIndex;
  /** The page's URL when the features were started (they restart on navigation). */
  url: URL;
  page: DashboardPage;
  hub: ObserverHub;
}

/** A feature: starts annotating, and undoes everything it did when `signal` aborts. */
export interface Feature {
  name: string;
  /** The pages it runs on. */
  pages: readonly DashboardPage[];
  init(signal: AbortSignal, ctx: FeatureContext): void;
}
