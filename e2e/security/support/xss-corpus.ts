/**
 * An XSS corpus in the style of the OWASP XSS Filter Evasion Cheat Sheet. Every payload that would
 * create an element marks it `data-xss`, and every script it would run sets the sentinel
 * `window.__xss`: a test needs only look for either.
 */
export const XSS_CORPUS: readonly string[] = [
  '<script data-xss>window.__xss=1</script>',
  '<img data-xss src=x onerror="window.__xss=1">',
  '"><svg data-xss onload=window.__xss=1>',
  "'><img data-xss src=x onerror=window.__xss=1>",
  '<iframe data-xss srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a data-xss href="javascript:window.__xss=1">click</a>',
  'javascript:window.__xss=1',
  '<details data-xss open ontoggle=window.__xss=1>',
  '<input data-xss autofocus onfocus=window.__xss=1>',
  '<body data-xss onload=window.__xss=1>',
  '<object data-xss data="javascript:window.__xss=1"></object>',
  '<math><mtext><table><mglyph><style><img data-xss src=x onerror=window.__xss=1>',
  '<IMG data-xss SRC=JaVaScRiPt:window.__xss=1>',
  '<img data-xss src=x onerror=eval(atob("d2luZG93Ll9feHNzPTE="))>',
  '<style>@import "http://evil.invalid/x.css";</style><b data-xss>styled</b>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '<scr<script>ipt data-xss>window.__xss=1</script>',
  '\u202E<img data-xss src=x onerror=window.__xss=1>\u202C',
  '<svg><animate data-xss onbegin=window.__xss=1 attributeName=x dur=1s>',
];

/** A fragment every payload's text contains, to find it rendered as text. */
export const CORPUS_MARK = 'data-xss';
