// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../testing/fixtures.ts';
import { overlayData } from '../testing/overlay-data.ts';
import { annotated, featureRunner, shadowText } from '../testing/run-features.ts';
import { connector } from './connector.ts';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());

const start = featureRunner([connector]);

describe('connector', () => {
  it('flags connectors whose scans last failed authentication', async () => {
    loadFixture('integrations');
    await start();
    const rows = annotated('connector').filter((e) => e.localName === 'tr');
    expect(rows.map((r) => r.getAttribute('data-integration-id'))).toEqual(['i-azure-1']);
    const chip = rows[0]!.querySelector('scansight-annotation')!;
    expect(shadowText(chip)).toBe('credentials rejected — delete and re-create');
    expect(chip.shadowRoot!.querySelector('.chip')!.getAttribute('title')).toContain('cannot be edited');
  });

  it('does nothing on other pages, and nothing when no connector was rejected', async () => {
    loadFixture('projectsExpanded');
    const first = await start();
    expect(annotated('connector')).toHaveLength(0);
    first.abort();
    loadFixture('integrations');
    await start(overlayData({ rejectedIntegrations: [] }));
    expect(annotated('connector').filter((e) => e.localName !== 'style')).toHaveLength(0);
  });

  it('leaves no trace when aborted', async () => {
    loadFixture('integrations');
    const before = document.documentElement.innerHTML;
    const controller = await start();
    controller.abort();
    expect(document.documentElement.innerHTML).toBe(before);
  });
});
