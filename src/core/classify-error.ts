import type { ErrorKind } from './types.ts';
import type { ErrorRule } from './error-rule.ts';
import { extractErrorDetail, type ErrorDetail } from './error-detail.ts';
import { AWS_RULES } from './error-rules-aws.ts';
import { AZURE_RULES } from './error-rules-azure.ts';
import { GCP_RULES } from './error-rules-gcp.ts';
import { KUBERNETES_RULES } from './error-rules-kubernetes.ts';
import { OCI_RULES } from './error-rules-oci.ts';
import { GENERIC_RULES } from './error-rules-generic.ts';
import { SDK_RULES } from './error-rules-sdk.ts';
import { WORDING_RULES } from './error-rules-wording.ts';
import { own } from './own.ts';

export type { ErrorDetail } from './error-detail.ts';

export interface Classification {
  kind: ErrorKind;
  /** The fragment of the log that decided the kind (for tooltips and support). */
  evidence: string;
  detail?: ErrorDetail;
  /** Id of the rule that decided, e.g. `aws.InvalidClientTokenId` (absent when nothing matched). */
  rule?: string;
}

/** Every rule, provider tables first. Order only breaks ties within one precedence level. */
export const ERROR_RULES: readonly ErrorRule[] = [...AWS_RULES, ...AZURE_RULES, ...GCP_RULES, ...KUBERNETES_RULES, ...OCI_RULES, ...SDK_RULES, ...GENERIC_RULES, ...WORDING_RULES];

/**
 * When several rules match, the kind whose advice does least harm if wrong wins: a veto (known
 * ambiguous message) > configuration > insufficient permissions > temporary > invalid credentials >
 * unknown. "Invalid credentials" leads to deleting a connector, so it wins only when nothing else matched.
 */
const PRECEDENCE: Record<ErrorKind, number> = {
  configuration: 1,
  insufficient_permissions: 2,
  temporary: 3,
  invalid_credentials: 4,
  unknown: 10,
};
/** A weak rule ranks after every specific one, in the same order among weak ones, before `unknown`. */
const WEAK = 5;

function rankOf(kind: ErrorKind, veto: boolean | undefined, weak: boolean | undefined): number {
  return veto ? 0 : PRECEDENCE[kind] + (weak && kind !== 'unknown' ? WEAK : 0);
}

/** A wrapped message is read joined only up to this length. */
const JOINED_MAX_CHARS = 4096;

/** Logs are read up to this many characters; anything past it is not evidence we rely on. */
export const MAX_CLASSIFIED_CHARS = 64 * 1024;

const HTTP_STATUS_KIND: Readonly<Record<string, ErrorKind>> = {
  '401': 'invalid_credentials', '403': 'insufficient_permissions', '429': 'temporary',
  '500': 'temporary', '502': 'temporary', '503': 'temporary', '504': 'temporary',
};

/**
 * What kind of failure an error log shows, with the fragment that says so and the details a hint
 * can name. Built from the AWS, Azure (AADSTS), GCP and Kubernetes vocabularies plus the seed's
 * phrasing. Precision beats recall: never `invalid_credentials` for a permission, throttling or
 * configuration error (its advice — recreate the connector — would destroy a working integration);
 * when unsure, `unknown`. Never throws; linear time in the log's length.
 */
export function classifyError(log: { message: string; code?: string | null; provider?: string | null; detail?: string | null }): Classification {
  const code = typeof log?.code === 'string' ? log.code.trim() : '';
  // Message first, so evidence comes from it when it says enough; the code line helps a bland message.
  const parts = [toText(log?.message), toText(log?.detail), code].filter((p) => p !== '');
  let text = parts.join('\n').slice(0, MAX_CLASSIFIED_CHARS);

  let best = bestRule(text);
  // A message wrapped by a terminal or a log viewer breaks phrases across lines ("Access is\ndenied"):
  // when the lines as they are say nothing, read them joined. Only a message's length (4 kB), so a long
  // log that matches nothing is not read twice.
  if ((best === undefined || (best.kind === 'unknown' && !best.veto)) && text.length <= JOINED_MAX_CHARS && text.includes('\n')) {
    const joined = text.replace(/[ \t]{0,40}\r?\n[ \t]{0,40}/g, ' ');
    const again = bestRule(joined);
    if (again !== undefined && again.kind !== 'unknown') {
      best = again;
      text = joined;
    }
  }

  const statusKind = own(HTTP_STATUS_KIND, code);
  if (statusKind !== undefined && (best === undefined || PRECEDENCE[statusKind] < best.rank)) {
    return withDetail({ kind: statusKind, evidence: `HTTP ${code}`, rule: `http.code.${code}` }, text, code);
  }
  if (best === undefined) {
    return withDetail({ kind: 'unknown', evidence: firstLine(text) }, text, code);
  }
  const evidence = evidenceAround(text, best.match.index ?? 0, best.match[0].length);
  const unless = best.rule.unless;
  if (unless && unless.pattern.test(text)) return withDetail({ kind: unless.kind, evidence, rule: unless.id }, text, code);
  return withDetail({ kind: best.veto ? 'unknown' : best.kind, evidence, rule: best.id }, text, code);
}

/** The rule whose advice does least harm among those matching `text`. */
function bestRule(text: string): Best | undefined {
  let best: Best | undefined;
  for (const r of ERROR_RULES) {
    if (best !== undefined && best.rank === 0) break;
    if (r.decide) {
      for (const match of text.matchAll(r.pattern)) best = better(best, r, match, r.decide(match));
      continue;
    }
    if (best !== undefined && rankOf(r.kind, r.veto, r.weak) >= best.rank) continue;
    const match = r.pattern.exec(text);
    if (match) best = better(best, r, match, { id: r.id, kind: r.kind, veto: r.veto });
  }
  return best;
}

interface Best {
  id: string;
  kind: ErrorKind;
  veto: boolean;
  rule: ErrorRule;
  match: RegExpMatchArray;
  rank: number;
}

function better(best: Best | undefined, rule: ErrorRule, match: RegExpMatchArray, d: { id: string; kind: ErrorKind; veto?: boolean | undefined }): Best | undefined {
  const rank = rankOf(d.kind, d.veto, rule.weak);
  return best === undefined || rank < best.rank ? { id: d.id, kind: d.kind, veto: d.veto === true, rule, match, rank } : best;
}

function withDetail(c: Classification, text: string, code: string): Classification {
  const detail = extractErrorDetail(text, code);
  return detail ? { ...c, detail } : c;
}

function toText(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

const EVIDENCE_MAX = 200;

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return clip(line.trim(), 0, EVIDENCE_MAX);
}

/** The line holding the match, cut to ~200 characters around it. */
function evidenceAround(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const nl = text.indexOf('\n', index + length);
  const lineEnd = nl === -1 ? text.length : nl;
  if (lineEnd - lineStart <= EVIDENCE_MAX) return text.slice(lineStart, lineEnd).trim();
  const from = Math.max(lineStart, Math.min(index - 60, lineEnd - EVIDENCE_MAX));
  return clip(text, from, from + EVIDENCE_MAX, from > lineStart);
}

function clip(text: string, from: number, to: number, leading = false): string {
  const body = text.slice(from, to).trim();
  return `${leading ? '…' : ''}${body}${to < text.length && text.length > EVIDENCE_MAX ? '…' : ''}`;
}

const KIND_LABELS: Readonly<Record<ErrorKind, string>> = {
  invalid_credentials: 'Invalid credentials',
  insufficient_permissions: 'Missing permission',
  temporary: 'Temporary — re-run',
  configuration: 'Configuration',
  unknown: 'Unknown error',
};

/**
 * A short label for a classification: "Invalid credentials", "Missing permission:
 * ec2:DescribeInstances", "Temporary — re-run", "Configuration: enable compute.googleapis.com",
 * "Unknown error".
 */
export function errorKindLabel(classification: Classification): string {
  const base = own(KIND_LABELS, classification.kind) ?? KIND_LABELS.unknown;
  const d = classification.detail;
  switch (classification.kind) {
    case 'insufficient_permissions':
      return d?.action ? `${base}: ${d.action}` : 'Missing permissions';
    case 'configuration':
      return d?.api ? `${base}: enable ${d.api}` : d?.region ? `${base}: region ${d.region} not enabled` : `${base} problem`;
    case 'invalid_credentials':
      return d?.code ? `${base} (${d.code})` : base;
    default:
      return base;
  }
}
