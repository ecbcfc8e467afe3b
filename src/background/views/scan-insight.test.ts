import { describe, expect, it } from 'vitest';
import { SEED_CAPABILITIES, classifyError } from '../../core/index.ts';
import type { ClassifiedError } from '../../messages.ts';
import { remediationOf } from './scan-insight.ts';

const log = (message: string): ClassifiedError => ({
  id: 'e-1', scanId: 's-1', jobId: null, at: '2026-11-22T08:00:00Z', code: null, message, detail: null,
  classification: classifyError({ message }),
});

describe('remediationOf', () => {
  it('a submission error gets the submission-error checklist alone, whatever its log says', () => {
    const blocks = remediationOf('submission_error', [log('Scan request rejected: scanner queue refused the submission (422)')], SEED_CAPABILITIES, 'aws');
    expect(blocks.map((b) => b.kind)).toEqual(['submission_error']);
    expect(blocks[0]?.steps.length).toBeGreaterThan(0);
  });

  it('a failed scan gets one block per distinct failure kind', () => {
    const invalid = log('An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.');
    const blocks = remediationOf('failed', [invalid, { ...invalid, id: 'e-2' }, log('Rate exceeded (Throttling), retry recommended')], SEED_CAPABILITIES, 'aws');
    expect(blocks.map((b) => b.kind)).toEqual(['invalid_credentials', 'temporary']);
  });
});
