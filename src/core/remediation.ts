import type { ErrorKind, SourceCapabilities } from './types.ts';
import type { ErrorDetail } from './classify-error.ts';

export type RemediationAction =
  | 'open-integrations'
  | 'rerun-scan'
  | 'open-error-logs'
  | 'copy-support-bundle'
  | 'contact-support';

export interface RemediationStep {
  /** Stable id for tests and keys, e.g. `delete-connector`. */
  id: string;
  text: string;
  action?: RemediationAction;
}

export interface RemediationInput {
  kind: ErrorKind | 'submission_error';
  capabilities: SourceCapabilities;
  detail?: ErrorDetail;
  provider?: string | null;
}

/** The steps to show for a failure kind, following the seeds and the source's capabilities. */
export function remediationFor(input: RemediationInput): RemediationStep[] {
  void input;
  throw new Error('not implemented yet (issue 2)');
}
