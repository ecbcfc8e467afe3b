/**
 * Rows in a popup's first screen: more than the tallest popup shows, with the list's overscan. The
 * popup asks for this many and the background answers this many when a request names no limit.
 */
export const FIRST_SCREEN_ROWS = 40;
