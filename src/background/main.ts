/**
 * The background entry: wires listeners and alarms, synchronously at top level (MV3 may start the
 * worker for any event; a listener registered after an await misses it). Logic lives elsewhere.
 */
import contentScript from '../content/main.ts?script&iife';

export const CONTENT_SCRIPT_FILE = contentScript;
