/**
 * Text the core produces for people, as a message key of public/_locales plus substitutions, so each
 * UI shows it in the browser's language (the core stays pure: it never calls browser.i18n).
 * A substitution is either literal data (a permission name, a region) or another message to translate first.
 */
export interface MessageRef {
  key: string;
  substitutions?: Array<string | MessageRef>;
}

/** A MessageRef; `substitutions` left out when there are none. */
export function msg(key: string, ...substitutions: Array<string | MessageRef>): MessageRef {
  return substitutions.length > 0 ? { key, substitutions } : { key };
}
