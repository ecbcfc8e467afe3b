import type { ErrorKind } from './types.ts';

/**
 * One phrase of a provider's error vocabulary and the kind it means.
 * Patterns use bounded quantifiers only (`?` and `{m,n}`, never `*`, `+` or quantified groups), so
 * every match runs in linear time on any input; error-rules.test.ts enforces it.
 */
export interface ErrorRule {
  /** Stable id, `provider.Code` or `provider.phrase`, for tests and evidence. */
  id: string;
  kind: ErrorKind;
  pattern: RegExp;
  /**
   * A known but ambiguous message (clock skew, an unrecognised Azure AD code): answer `unknown`
   * even if other rules match, because any specific advice might be wrong.
   */
  veto?: boolean;
  /**
   * When this also matches anywhere in the log, the rule means something else: e.g. AWS's "security
   * token is invalid" from a region the account never enabled is configuration, not a bad key.
   */
  unless?: { id: string; kind: ErrorKind; pattern: RegExp };
  /**
   * For a family of codes caught by one pattern (AADSTS…): the kind of the code matched, decided
   * from a table. One pass over the log instead of one per code. The pattern must be global (`g`):
   * every match is decided, and the one with the least harmful advice counts.
   */
  decide?: (match: RegExpExecArray) => { id: string; kind: ErrorKind; veto?: boolean };
  /**
   * Boilerplate advice many errors end with ("please try again", "retry later"): it decides only when
   * no specific rule matched, of any kind. "The security token has expired. Request a new one and try
   * again" is about the token.
   */
  weak?: boolean;
}

/** Shorthand for a rule. */
export function rule(id: string, kind: ErrorKind, pattern: RegExp, veto?: boolean): ErrorRule {
  return veto ? { id, kind, pattern, veto } : { id, kind, pattern };
}

/** A rule that decides only when no specific one matched (see {@link ErrorRule.weak}). */
export function weakRule(id: string, kind: ErrorKind, pattern: RegExp): ErrorRule {
  return { id, kind, pattern, weak: true };
}

/** The same rule, re-read as `unless.kind` when `unless.pattern` also matches. */
export function ruleUnless(id: string, kind: ErrorKind, pattern: RegExp, unless: ErrorRule['unless']): ErrorRule {
  return unless ? { id, kind, pattern, unless } : { id, kind, pattern };
}
