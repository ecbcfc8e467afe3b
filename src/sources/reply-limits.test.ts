import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCursor, checkPageLength, exceedsDepth, parseBoundedJson, readBodyText, REPLY_LIMITS } from './reply-limits.ts';
import { SourceError } from './scan-source.ts';

/** A body streamed lazily in 1 MiB chunks, counting what the reader pulled. */
function lazyBody(totalBytes: number): { response: Response; pulled: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { response: new Response(stream), pulled: () => sent };
}

const invalid = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof SourceError && error.code === 'invalid_response';
  }
  return false;
};

describe('reply limits', () => {
  it('stops reading a body past the byte cap, without pulling the rest', async () => {
    const { response, pulled } = lazyBody(1024 * 1024 * 1024); // 1 GiB offered
    await expect(readBodyText(response, 8 * 1024 * 1024)).rejects.toMatchObject({ code: 'invalid_response' });
    expect(pulled()).toBeLessThanOrEqual(9 * 1024 * 1024 + 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const response = new Response('{}', { headers: { 'Content-Length': String(REPLY_LIMITS.maxBytes + 1) } });
    await expect(readBodyText(response)).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('reads a body under the cap whole, multi-byte characters across chunks included', async () => {
    const text = JSON.stringify({ name: 'Zürich — 東京 '.repeat(50_000) });
    expect(await readBodyText(new Response(text))).toBe(text);
  });

  it('measures nesting without parsing: brackets inside strings do not count, any depth costs no stack', () => {
    expect(exceedsDepth('{"a":[[1]]}', 3)).toBe(false);
    expect(exceedsDepth('{"a":[[[1]]]}', 3)).toBe(true);
    expect(exceedsDepth('{"a":"[[[[[[\\"[[[["}', 1)).toBe(false);
    expect(exceedsDepth('['.repeat(1_000_000) + ']'.repeat(1_000_000), 64)).toBe(true);
    expect(invalid(() => parseBoundedJson('['.repeat(200_000) + ']'.repeat(200_000), 'reply'))).toBe(true);
  });

  it('agrees with JSON.parse on the depth of any JSON value (property)', () => {
    const depthOf = (v: unknown): number => (v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf)) : 0);
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, limit) => {
      expect(exceedsDepth(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
    }), { numRuns: 500 });
  });

  it('refuses pages longer than asked for and cursors longer than 2,048 characters', () => {
    expect(invalid(() => checkPageLength(new Array(11).fill({}), 10, 'page'))).toBe(true);
    expect(invalid(() => checkPageLength(new Array(10).fill({}), 10, 'page'))).toBe(false);
    expect(invalid(() => checkCursor('c'.repeat(5_000_000)))).toBe(true);
    expect(invalid(() => checkCursor('c'.repeat(2048)))).toBe(false);
    expect(invalid(() => checkCursor(null))).toBe(false);
  });
});
