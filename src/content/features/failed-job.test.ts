// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadFixture, parseFixture } from '../testing/fixtures.ts';
import { annotated, featureRunner, settle, shadowText } from '../testing/run-features.ts';
import { failedJob } from './failed-job.ts';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());

const start = featureRunner([failedJob]);

const markedRows = () => annotated('failed-job').filter((e) => e.localName === 'tr').map((row) => row.getAttribute('data-job-id'));
const chips = () => annotated('failed-job').filter((e) => e.localName === 'scansight-annotation').map(shadowText);

describe('failed-job', () => {
  it('highlights failed and timed-out job rows with the error kind', async () => {
    loadFixture('projectsExpanded');
    await start();
    expect(markedRows()).toEqual(['j-1', 'j-3', 'j-4']);
    expect(chips()).toEqual(['Missing permission: ec2:DescribeInstances', 'Timed out', 'Temporary — re-run']);
    const chip = document.querySelector('tr[data-job-id="j-1"] td.job-name scansight-annotation')!;
    expect(chip.shadowRoot!.querySelector('.chip')!.getAttribute('title')).toBe('evidence of j-1');
    expect(document.head.querySelector('style[data-scansight="failed-job"]')).not.toBeNull();
  });

  it('annotates job rows that appear when a project is expanded later', async () => {
    loadFixture('projectsCollapsed');
    await start();
    expect(markedRows()).toEqual([]);
    const body = parseFixture('projectsExpanded').querySelector('.accordion-body')!;
    document.querySelector('[data-project-id="p-aws-prod"]')!.append(body);
    await settle();
    expect(markedRows()).toEqual(['j-1', 'j-3', 'j-4']);
  });

  it('copes with a re-rendering page: replaced, removed and re-added rows are annotated once each', async () => {
    loadFixture('projectsExpanded');
    await start();
    const tbody = document.querySelector('table.jobs tbody')!;
    const first = tbody.querySelector('tr[data-job-id="j-1"]')!;
    // The dashboard replaces a row whose data changed with a fresh node.
    const fresh = document.createElement('tr');
    fresh.className = 'job-row';
    fresh.setAttribute('data-job-id', 'j-1');
    fresh.setAttribute('data-scan-id', 's-123');
    fresh.append(Object.assign(document.createElement('td'), { className: 'job-name', textContent: 'ec2 · eu-west-1' }));
    first.replaceWith(fresh);
    // …removes one and re-adds the same node.
    const last = tbody.querySelector('tr[data-job-id="j-4"]')!;
    last.remove();
    await settle();
    tbody.append(last);
    await settle();
    expect(markedRows().sort()).toEqual(['j-1', 'j-3', 'j-4']);
    expect(chips()).toHaveLength(3);
    expect(fresh.querySelectorAll('scansight-annotation')).toHaveLength(1);
    expect(last.querySelectorAll('scansight-annotation')).toHaveLength(1);
  });

  it('re-reads a row whose job id attribute changes', async () => {
    loadFixture('projectsExpanded');
    await start();
    const row = document.querySelector('tr[data-job-id="j-2"]')!;
    row.setAttribute('data-job-id', 'j-4');
    document.querySelector('tr[data-job-id="j-1"]')!.setAttribute('data-job-id', 'j-2');
    await settle();
    expect(markedRows().sort()).toEqual(['j-3', 'j-4', 'j-4']);
    expect(document.querySelectorAll('tr[data-job-id="j-2"] scansight-annotation')).toHaveLength(0);
  });

  it('leaves no trace when aborted', async () => {
    loadFixture('projectsExpanded');
    const before = document.documentElement.innerHTML;
    const controller = await start();
    controller.abort();
    expect(document.documentElement.innerHTML).toBe(before);
  });
});
