// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../testing/run-features.ts';
import { createObserverHub, type ObserverHub } from './observer-hub.ts';

let hub: ObserverHub | undefined;
afterEach(() => {
  hub?.disconnect();
  document.body.replaceChildren();
});

function rows(count: number): HTMLElement {
  const table = document.createElement('table');
  for (let i = 0; i < count; i++) {
    const row = table.insertRow();
    row.setAttribute('data-job-id', `j-${i}`);
    row.insertCell().textContent = `job ${i}`;
  }
  return table;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('observer hub', () => {
  it('splits a big page into chunks that yield to the page, and marks the end of the pass', async () => {
    document.body.append(rows(1000));
    hub = createObserverHub(document, { watchedAttributes: ['data-job-id'], maxWritesPerChunk: 100 });
    const marks = vi.spyOn(performance, 'mark');
    const controller = new AbortController();
    hub.watch('failed-job', 'tr[data-job-id]', (row) => () => row.setAttribute('data-scansight', 'failed-job'), controller.signal);
    await nextFrame();
    expect(document.querySelectorAll('[data-scansight]').length).toBe(100);
    expect(marks).not.toHaveBeenCalledWith('scansight:annotated');
    await settle();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scansight]').length).toBe(1000));
    expect(marks).toHaveBeenCalledWith('scansight:annotated');
    controller.abort();
  });

  it('reads a whole chunk before writing any of it', async () => {
    document.body.append(rows(5));
    hub = createObserverHub(document, { watchedAttributes: [] });
    const log: string[] = [];
    hub.watch('failed-job', 'tr', (row) => {
      log.push(`read ${row.getAttribute('data-job-id')}`);
      return () => log.push(`write ${row.getAttribute('data-job-id')}`);
    }, new AbortController().signal);
    await settle();
    expect(log).toEqual(['read j-0', 'read j-1', 'read j-2', 'read j-3', 'read j-4', 'write j-0', 'write j-1', 'write j-2', 'write j-3', 'write j-4']);
  });

  it('does not observe its own writes (no loop) and hands each element over once', async () => {
    document.body.append(rows(3));
    hub = createObserverHub(document, { watchedAttributes: ['data-job-id'] });
    const read = vi.fn((row: Element) => () => {
      const host = document.createElement('span');
      row.append(host); // a write that adds a node and…
      row.setAttribute('data-job-id', row.getAttribute('data-job-id')!); // …touches a watched attribute
    });
    hub.watch('failed-job', 'tr', read, new AbortController().signal);
    await settle();
    await settle();
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('looks only inside added subtrees after the first pass', async () => {
    document.body.append(rows(50));
    hub = createObserverHub(document, { watchedAttributes: [] });
    const read = vi.fn(() => undefined);
    hub.watch('failed-job', 'tr', read, new AbortController().signal);
    await settle();
    const spy = vi.spyOn(document, 'querySelectorAll');
    document.body.append(rows(2));
    await settle();
    expect(read).toHaveBeenCalledTimes(52);
    expect(spy).not.toHaveBeenCalled();
  });

  it('annotates in a microtask after the page\'s mutations, not in a later animation frame', async () => {
    hub = createObserverHub(document, { watchedAttributes: [], burstGapMs: 0 });
    hub.watch('failed-job', 'tr', (row) => () => row.setAttribute('data-scansight', 'failed-job'), new AbortController().signal);
    await settle();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    document.body.append(rows(3));
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scansight]').length).toBe(3));
    expect(frames).not.toHaveBeenCalled();
    frames.mockRestore();
  });

  it('finishes what the microtask chunk leaves in the next animation frame, before the page\'s layout', async () => {
    hub = createObserverHub(document, { watchedAttributes: [], burstGapMs: 0, maxWritesPerChunk: 2 });
    hub.watch('failed-job', 'tr', (row) => () => row.setAttribute('data-scansight', 'failed-job'), new AbortController().signal);
    await settle();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    document.body.append(rows(3));
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scansight]').length).toBe(3));
    expect(frames).toHaveBeenCalledTimes(1);
    frames.mockRestore();
  });

  it('makes a pass hard on the heels of the previous one wait for an animation frame', async () => {
    hub = createObserverHub(document, { watchedAttributes: [], burstGapMs: 60_000 });
    hub.watch('failed-job', 'tr', (row) => () => row.setAttribute('data-scansight', 'failed-job'), new AbortController().signal);
    await settle();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    document.body.append(rows(3));
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scansight]').length).toBe(3));
    expect(frames).toHaveBeenCalled();
    frames.mockRestore();
  });

  it('re-reads a container watched with rereadOnInnerAdd when a node is added inside it, once per pass', async () => {
    const table = rows(2);
    document.body.append(table);
    hub = createObserverHub(document, { watchedAttributes: [] });
    const read = vi.fn((list: Element) => () => list.setAttribute('data-scansight', 'failed-job'));
    hub.watch('failed-job', 'table', read, new AbortController().signal, { rereadOnInnerAdd: true });
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    table.querySelector('tbody')!.append(rows(2).querySelector('tr')!, rows(1).querySelector('tr')!);
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
    expect(table.getAttribute('data-scansight')).toBe('failed-job'); // reset, then written again
  });

  it('stops calling a watcher once its signal aborts', async () => {
    hub = createObserverHub(document, { watchedAttributes: [] });
    const controller = new AbortController();
    const read = vi.fn(() => undefined);
    hub.watch('failed-job', 'tr', read, controller.signal);
    await settle();
    controller.abort();
    document.body.append(rows(2));
    await settle();
    expect(read).not.toHaveBeenCalled();
  });
});
