import type { ErrorKind } from './types.ts';

/** What a hint needs from a log, where the log names it. */
export interface ErrorDetail {
  /** A denied action or permission, e.g. `ec2:DescribeInstances`, `compute.instances.list`. */
  action?: string;
  /** A cloud API/service to enable, e.g. `compute.googleapis.com`. */
  api?: string;
  /** A connector, app or client id named by the log (e.g. an Azure application id). */
  connector?: string;
  /** A provider error code, e.g. `AADSTS7000215`, `InvalidClientTokenId`. */
  code?: string;
}

export interface Classification {
  kind: ErrorKind;
  /** The fragment of the log that decided the kind (for tooltips and support). */
  evidence: string;
  detail?: ErrorDetail;
}

/** Precision beats recall: never invalid_credentials for a permission, throttling or configuration error. */
export function classifyError(log: { message: string; code?: string | null; provider?: string | null }): Classification {
  void log;
  throw new Error('not implemented yet (issue 2)');
}

/** A short label for a classification: "Invalid credentials", "Missing permission: ec2:DescribeInstances", "Temporary — re-run". */
export function errorKindLabel(classification: Classification): string {
  void classification;
  throw new Error('not implemented yet (issue 2)');
}
