/**
 * The page-level highlight of a failed row (job row or scan row): a tint and an inset bar on the
 * first cell, outline only, so the page's layout does not move. Translucent, so it reads on light
 * and dark pages alike.
 */
export const FAILED_ROW_CSS = `
tr[data-scansight="failed-job"] > td { background-color: rgba(207, 34, 46, 0.12) !important; }
tr[data-scansight="failed-job"] > td:first-child { box-shadow: inset 3px 0 0 #cf222e; }
`;
