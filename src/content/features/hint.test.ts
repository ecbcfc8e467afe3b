// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadFixture, ORIGIN, parseFixture } from '../testing/fixtures.ts';
import { overlayData } from '../testing/overlay-data.ts';
import { annotated, featureRunner, settle, shadowText } from '../testing/run-features.ts';
import { hint } from './hint.ts';
import { SEED_CAPABILITIES, remediationFor, statusLabel } from '../../core/index.ts';

vi.mock('../../platform/extension-api.ts', async () => (await import('../../platform/testing/fake-i18n.ts')).fakeI18nExt());

const start = featureRunner([hint]);

describe('hint', () => {
  it('puts a remediation card under each failing project row, with its action links', async () => {
    loadFixture('projectsCollapsed');
    await start();
    const cards = annotated('hint');
    expect(cards.map((c) => c.closest('[data-project-id]')!.getAttribute('data-project-id'))).toEqual(['p-aws-prod', 'p-azure-dev']);
    expect(cards[0]!.previousElementSibling!.className).toBe('accordion-header');
    expect(shadowText(cards[0]!)).toContain("Grant the scanner's identity read access: the SecurityAudit and ViewOnlyAccess managed policies.");
    const links = [...cards[1]!.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Integrations → Connected Providers', `${ORIGIN}/app/integrations`],
      ['Open error logs', `${ORIGIN}/app/projects/p-azure-dev/history`],
    ]);
  });

  it('its Re-run action brings the dashboard\'s own Re-run button into focus without clicking it', async () => {
    loadFixture('projectsCollapsed');
    await start();
    const rerun = document.querySelector<HTMLButtonElement>('[data-project-id="p-aws-prod"] button[data-action=rerun]')!;
    const clicked = vi.fn();
    rerun.addEventListener('click', clicked);
    const action = [...annotated('hint')[0]!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Re-run')!;
    action.click();
    expect(document.activeElement).toBe(rerun);
    expect(clicked).not.toHaveBeenCalled();
  });

  it('puts the card in the error log panel when it opens, without a link to where the user already is', async () => {
    loadFixture('history');
    await start();
    expect(annotated('hint')).toHaveLength(0);
    document.querySelector('main')!.append(parseFixture('historyErrorPanel').querySelector('[role=dialog]')!);
    await settle();
    const [card] = annotated('hint');
    expect(card!.parentElement!.matches('.error-panel')).toBe(true);
    expect(shadowText(card!)).toContain('Invalid credentials');
    expect([...card!.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Integrations → Connected Providers']);
    expect(card!.shadowRoot!.querySelector('button')!.textContent).toBe('Copy support details');
  });

  it('shows a submission error the submission-error checklist, with its actions', async () => {
    loadFixture('projectsCollapsed');
    const data = overlayData();
    // Shaped as the background's remediationOf sends it: the submission-error checklist alone
    // (that it is alone is tested there, in src/background/views/scan-insight.test.ts).
    data.scans[1] = {
      ...data.scans[1]!, status: 'submission_error', label: statusLabel('submission_error'),
      remediation: [{ kind: 'submission_error', label: statusLabel('submission_error'), labelMessage: { key: 'status_submission_error' }, steps: remediationFor({ kind: 'submission_error', capabilities: SEED_CAPABILITIES, provider: 'azure' }) }],
    };
    await start(data);
    const card = annotated('hint').find((c) => c.closest('[data-project-id="p-azure-dev"]'))!;
    expect([...card.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Submission Error']);
    expect(shadowText(card)).toContain('Verify the scanner configuration.');
    expect([...card.shadowRoot!.querySelectorAll('a, button')].map((a) => a.textContent)).toEqual(['Re-run', 'Integrations → Connected Providers']);
  });

  it('never renders API text as HTML', async () => {
    loadFixture('historyErrorPanel');
    const data = overlayData();
    data.scans[1]!.remediation[0]!.labelMessage = { key: 'kind_insufficient_permissions_action', substitutions: ['<img src=x onerror=alert(1)>'] };
    await start(data);
    const root = annotated('hint')[0]!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h3')!.textContent).toBe('Missing permission: <img src=x onerror=alert(1)>');
  });

  it('leaves no trace when aborted', async () => {
    loadFixture('historyErrorPanel');
    const before = document.documentElement.innerHTML;
    const controller = await start();
    expect(annotated('hint')).toHaveLength(1);
    controller.abort();
    expect(document.documentElement.innerHTML).toBe(before);
  });
});
