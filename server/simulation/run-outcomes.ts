/**
 * How each job of a new run ends, by the project's run profile and its connector's health. This is
 * where the scenarios' behaviour on Run / Re-run lives (e.g. a temporary error succeeds on re-run).
 */
import type { Integration } from '../../src/core/index.ts';
import type { ErrorTemplate, RunProfile } from '../state.ts';
import type { JobLayout } from '../scenarios/job-layouts.ts';
import {
  awsAccessDenied,
  awsInvalidToken,
  awsNotSubscribed,
  awsRegionDenied,
  awsThrottling,
  azureInvalidSecret,
  temporaryProcessingError,
} from '../scenarios/error-messages.ts';

export interface JobOutcome {
  outcome: 'succeeded' | 'failed' | 'timed_out';
  error?: ErrorTemplate;
  /** Simulated run time, ms. */
  durationMs: number;
}

const AZURE_APP_ID = '3f8a2c1e-9b7d-4e5f-a6c2-1d0e8f7b4a93';

function ok(rng: () => number): JobOutcome {
  return { outcome: 'succeeded', durationMs: 25_000 + Math.floor(rng() * 95_000) };
}

function failed(error: ErrorTemplate, durationMs: number): JobOutcome {
  return { outcome: 'failed', error, durationMs };
}

/** Every job fails authentication, in the provider's own words. */
function authFailure(job: JobLayout, provider: string, rng: () => number): JobOutcome {
  const error = provider === 'azure' ? azureInvalidSecret(AZURE_APP_ID) : awsInvalidToken(job.target.service ?? '', job.target.region ?? '');
  return failed(error, 800 + Math.floor(rng() * 2_200));
}

/** The outcome of one job of a new run of a project with `profile`. */
export function jobOutcome(
  profile: RunProfile,
  job: JobLayout,
  ctx: { integration: Integration | undefined; rng: () => number; provider: string },
): JobOutcome {
  const { rng } = ctx;
  if (ctx.integration?.lastAuthStatus === 'failed' || profile === 'invalid-credentials') return authFailure(job, ctx.provider, rng);
  const account = job.target.account ?? '';
  const region = job.target.region ?? '';
  const service = job.target.service ?? '';
  switch (profile) {
    case 'one-fails':
      // The seed's example: 36 parallel jobs, one fails (Security Hub off in one region).
      return service === 'securityhub' && region === 'ap-southeast-1' ? failed(awsNotSubscribed(account, region), 4_000) : ok(rng);
    case 'temporary-error':
      return failed(temporaryProcessingError(job.name), 30_000 + Math.floor(rng() * 60_000));
    case 'permission-errors':
      if (service === 'securityhub') return failed(awsAccessDenied(account, service, 'securityhub:GetFindings'), 6_000 + Math.floor(rng() * 8_000));
      if (service === 'ec2' && region === 'ap-southeast-1') return failed(awsRegionDenied(account, region), 3_000);
      return ok(rng);
    case 'mixed': {
      const roll = rng();
      if (roll < 0.03) return failed(awsThrottling(service), 60_000 + Math.floor(rng() * 30_000));
      if (roll < 0.04) return { outcome: 'timed_out', error: temporaryProcessingError(job.name), durationMs: 180_000 };
      return ok(rng);
    }
    default:
      return ok(rng);
  }
}
