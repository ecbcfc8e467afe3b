// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { luminance, pageIsDark } from './page-theme.ts';

describe('page theme', () => {
  afterEach(() => {
    document.documentElement.className = '';
    document.body.style.backgroundColor = '';
    vi.useRealTimers();
  });

  it('reads luminance of rgb and rgba colours; transparent and garbage are unknown', () => {
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('rgb(0 0 0 / 0.2)')).toBeNull();
    expect(luminance('transparent')).toBeNull();
    expect(luminance('rgb(a, b, c)')).toBeNull();
  });

  it('is dark when the root says so (Tailwind / next-themes class), and re-reads after a theme switch', async () => {
    document.documentElement.className = 'dark';
    expect(pageIsDark()).toBe(true);
    document.documentElement.className = 'light';
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(pageIsDark()).toBe(false);
  });
});
