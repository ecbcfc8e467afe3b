/** Styles inside every annotation's shadow root. `all: initial` stops the page's inherited styles. */
export const ANNOTATION_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 6px;
  font: 12px/1.4 system-ui, sans-serif; color: #1f2328; }
:host([data-display=block]) { display: block; margin: 6px 0; }
/* Out of flow: at its static position (the start of the cell, centred on the cell's text), moved
   down just below that text by a transform, into the row's own spare height; nothing shifts. */
:host([data-display=badge]) { position: absolute; margin: 0; transform: translateY(calc(50% + 8px)); }
:host([data-display=badge]) .chip { display: block; font-size: 11px; line-height: 13px; padding: 0 6px; }
.chip { display: inline-block; padding: 1px 7px; border-radius: 10px; background: #eef1f4; white-space: nowrap; }
.chip.bad { background: #fde7e9; color: #a40e26; }
.chip.warn { background: #fff4ce; color: #7a4d00; }
.chip.ok { background: #e6f4ea; color: #1e6b33; }
.card { border: 1px solid #d0d7de; border-inline-start: 4px solid #cf222e; border-radius: 6px; padding: 8px 12px; background: #fff; }
.card h3 { margin: 0 0 4px; font-size: 13px; }
.card ol, .card ul { margin: 4px 0; padding-inline-start: 20px; }
.card .actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 6px; }
a, button { font: inherit; color: #0969da; }
button { cursor: pointer; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: 2px 8px; color: #1f2328; }
.note { color: #59636e; }
pre { white-space: pre-wrap; max-height: 160px; overflow: auto; background: #f6f8fa; padding: 6px; }
/* On a dark dashboard (see page-theme.ts): the same tones, contrast kept at 4.5:1 or more. */
:host([data-theme=dark]) { color: #e6edf3; }
:host([data-theme=dark]) .chip { background: #30363d; color: #e6edf3; }
:host([data-theme=dark]) .chip.bad { background: #67060c; color: #ffdcd7; }
:host([data-theme=dark]) .chip.warn { background: #4b2900; color: #f8e3a1; }
:host([data-theme=dark]) .chip.ok { background: #04260f; color: #aff5b4; }
:host([data-theme=dark]) .card { background: #161b22; border-color: #3d444d; border-inline-start-color: #f85149; }
:host([data-theme=dark]) a { color: #4493f8; }
:host([data-theme=dark]) button { background: #21262d; border-color: #3d444d; color: #e6edf3; }
:host([data-theme=dark]) .note { color: #9198a1; }
:host([data-theme=dark]) pre { background: #0d1117; }
`;
