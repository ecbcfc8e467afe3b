/** Every corpus message: the first sourced set, Prowler's provider exceptions, and the cloud SDK / API wordings. */
import { ERROR_MESSAGES, type CorpusMessage } from './corpus-error-messages.ts';
import { CLOUD_MESSAGES } from './corpus-errors-cloud.ts';
import { PROWLER_EXCEPTION_MESSAGES } from './corpus-errors-prowler.ts';

export const ALL_ERROR_MESSAGES: readonly CorpusMessage[] = [...ERROR_MESSAGES, ...PROWLER_EXCEPTION_MESSAGES, ...CLOUD_MESSAGES];
