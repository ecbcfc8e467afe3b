/**
 * The jobs a CSPM scan launches per provider: one Prowler check group per (account, region, service),
 * as the real product runs them in parallel. AWS gives the seed's 36 jobs (6 regions × 6 services).
 */
import type { JobTarget } from '../../src/core/index.ts';

export interface JobLayout {
  name: string;
  target: JobTarget;
  scanner: string;
}

export const AWS_REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1'] as const;
export const AWS_SERVICES = ['ec2', 'iam', 's3', 'cloudtrail', 'rds', 'securityhub'] as const;
const AZURE_SERVICES = ['entra', 'storage', 'keyvault', 'network', 'sqlserver', 'defender'] as const;
const GCP_SERVICES = ['iam', 'compute', 'cloudstorage', 'cloudsql', 'logging', 'kms'] as const;

/** 36 jobs: every AWS service in every region, for one account. */
export function awsJobs(account: string): JobLayout[] {
  return AWS_REGIONS.flatMap((region) =>
    AWS_SERVICES.map((service) => ({ name: `${service} · ${region}`, target: { account, region, service }, scanner: 'prowler' })),
  );
}

/** 12 jobs: six services in each of two subscriptions. */
export function azureJobs(subscriptions: readonly string[]): JobLayout[] {
  return subscriptions.flatMap((account) =>
    AZURE_SERVICES.map((service) => ({ name: `${service} · ${account.slice(0, 8)}`, target: { account, region: null, service }, scanner: 'prowler' })),
  );
}

/** 6 jobs per GCP project. */
export function gcpJobs(projects: readonly string[]): JobLayout[] {
  return projects.flatMap((account) =>
    GCP_SERVICES.map((service) => ({ name: `${service} · ${account}`, target: { account, region: 'global', service }, scanner: 'prowler' })),
  );
}
