import { describe, expect, it } from 'vitest';
import { openApiDoc } from '../test-support/openapi-validator.ts';
import { scanApiRoutes } from './api-routes.ts';
import { createWorld } from '../world.ts';
import { createSimClock } from '../sim-clock.ts';

describe('docs/scan-api.openapi.json and the route table', () => {
  it('document exactly the same operations', () => {
    const world = createWorld({ scenario: 'empty', clock: createSimClock(0), origin: 'http://127.0.0.1:1' });
    const served = scanApiRoutes(world, '/api/v1', () => ({ ok: true }))
      .map((r) => `${r.method} ${r.pattern.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(openApiDoc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(served).toEqual(documented);
  });
});
