// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelledValue, scanIdFromLinks } from './labelled-value.ts';

function row(html: string): Element {
  return new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
}

describe('labelledValue', () => {
  it('reads the chip after a label, loosely matched', () => {
    expect(labelledValue(row('<span>Name</span><span> id : </span><div><span>abc-1</span><button>copy</button></div>'), /^id\s*:?$/i)).toBe('abc-1');
    expect(labelledValue(row('<span>Scan ID</span><span>9f1c</span>'), /^(scan\s*)?id\s*:?$/i)).toBe('9f1c');
  });

  it('rejects values that cannot be ids: spaces, empty, control characters, over 256 characters', () => {
    const label = /^id:$/i;
    expect(labelledValue(row('<span>ID:</span><span>two words</span>'), label)).toBeNull();
    expect(labelledValue(row('<span>ID:</span><span>  </span>'), label)).toBeNull();
    expect(labelledValue(row(`<span>ID:</span><span>${'x'.repeat(257)}</span>`), label)).toBeNull();
    expect(labelledValue(row('<span>ID:</span>'), label)).toBeNull();
    const withControl = row('<span>ID:</span><span></span>');
    withControl.lastElementChild!.textContent = 'a\u0007b';
    expect(labelledValue(withControl, label)).toBeNull();
  });

  it('never returns a value containing whitespace, for any text after the label', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const r = row('<span>ID:</span><span></span>');
      r.lastElementChild!.textContent = text;
      const value = labelledValue(r, /^id:$/i);
      expect(value === null || (!/\s/.test(value) && value.length <= 256 && value === text.trim())).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('scanIdFromLinks', () => {
  it('reads a findings link\'s scan filter or a /scans/{id} path, not a list of scans', () => {
    expect(scanIdFromLinks(row('<a href="/findings?filter[scan__in]=s-9&filter[status__in]=FAIL">x</a>'), 'http://h/')).toBe('s-9');
    expect(scanIdFromLinks(row('<a href="/scans/s%2010">x</a>'), 'http://h/')).toBeNull();
    expect(scanIdFromLinks(row('<a href="/scans/s-10/report">x</a>'), 'http://h/')).toBe('s-10');
    expect(scanIdFromLinks(row('<a href="/findings?filter[scan__in]=a,b">x</a>'), 'http://h/')).toBeNull();
  });
});
