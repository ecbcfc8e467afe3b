import type { Classification } from './classify-error.ts';
import { msg, type MessageRef } from './message-ref.ts';

/**
 * errorKindLabel as a message, for the UIs: `kind_<kind>` or a variant naming the detail the log
 * gave ("Missing permission: $1", "Configuration: enable $1", "Invalid credentials ($1)").
 */
export function errorKindMessage(classification: Classification): MessageRef {
  const d = classification.detail;
  switch (classification.kind) {
    case 'insufficient_permissions':
      return d?.action ? msg('kind_insufficient_permissions_action', d.action) : msg('kind_insufficient_permissions');
    case 'configuration':
      return d?.api ? msg('kind_configuration_api', d.api) : d?.region ? msg('kind_configuration_region', d.region) : msg('kind_configuration');
    case 'invalid_credentials':
      return d?.code ? msg('kind_invalid_credentials_code', d.code) : msg('kind_invalid_credentials');
    case 'temporary':
      return msg('kind_temporary');
    default:
      return msg('kind_unknown');
  }
}
