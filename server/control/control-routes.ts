/**
 * Test-only control API under `/__control/` (mounted only with `--control`): load a scenario, advance
 * the simulated clock, force transitions, inject faults, reset, and read a summary of the state.
 */
import type { World } from '../state.ts';
import type { Route } from '../http/route.ts';
import { errorReply } from '../http/error-reply.ts';
import { UnknownScenarioError } from '../world.ts';
import { SCENARIO_NAMES } from '../scenarios/catalog.ts';
import { advanceScan } from '../simulation/advance-scan.ts';
import { forceTransition } from '../simulation/transitions.ts';
import { parseFault } from './parse-fault.ts';

type Body = Record<string, unknown>;
const asBody = (body: unknown): Body => (body && typeof body === 'object' && !Array.isArray(body) ? (body as Body) : {});
const optionalString = (v: unknown) => (typeof v === 'string' ? v : undefined);

function summary(world: World) {
  const { state, clock } = world;
  return {
    scenario: state.scenario,
    now: new Date(clock.now()).toISOString(),
    speed: clock.speed,
    projects: state.projects.size,
    scans: state.scans.size,
    activeScans: [...state.active],
    integrations: state.integrations.size,
    faults: state.faults.map((f) => ({ ...f, remaining: Number.isFinite(f.remaining) ? f.remaining : null })),
    scenarios: SCENARIO_NAMES,
  };
}

/** The control routes over `world`. */
export function controlRoutes(world: World): Route[] {
  const ok = () => ({ status: 200, body: { data: summary(world) } });
  return [
    { method: 'GET', pattern: '/__control/state', handle: ok },
    {
      method: 'POST',
      pattern: '/__control/scenario',
      handle: ({ body }) => {
        const name = asBody(body).name;
        if (typeof name !== 'string') return errorReply(400, 'bad_request', 'body must be { "name": "<scenario>" }');
        try {
          world.load(name);
        } catch (error) {
          if (error instanceof UnknownScenarioError) return errorReply(400, 'bad_request', error.message);
          throw error;
        }
        return ok();
      },
    },
    {
      method: 'POST',
      pattern: '/__control/advance',
      handle: ({ body }) => {
        const ms = asBody(body).ms;
        if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return errorReply(400, 'bad_request', 'body must be { "ms": <non-negative number> }');
        world.clock.advance(ms);
        world.sync();
        return ok();
      },
    },
    {
      method: 'POST',
      pattern: '/__control/transition',
      handle: ({ body }) => {
        const b = asBody(body);
        const record = typeof b.scanId === 'string' ? world.state.scans.get(b.scanId) : undefined;
        if (!record) return errorReply(404, 'not_found', `scan ${String(b.scanId)} not found`);
        const error = asBody(b.error);
        const now = world.clock.now();
        const problem = forceTransition(record, {
          jobId: optionalString(b.jobId),
          status: optionalString(b.status),
          lifecycle: optionalString(b.lifecycle),
          ...(typeof error.message === 'string' ? { error: { code: optionalString(error.code) ?? null, message: error.message, detail: optionalString(error.detail) ?? null } } : {}),
        }, now);
        if (problem) return errorReply(404, 'not_found', problem);
        // Settle the scan's own fields (finishedAt) and keep moving its remaining planned jobs.
        if (advanceScan(record, now)) world.state.active.add(record.scan.id);
        return { status: 200, body: { data: record.scan } };
      },
    },
    {
      method: 'POST',
      pattern: '/__control/fault',
      handle: ({ body }) => {
        const parsed = parseFault(body);
        if (!parsed.ok) return errorReply(400, 'bad_request', parsed.message);
        world.state.faults.push(parsed.fault);
        return { status: 201, body: { data: summary(world) } };
      },
    },
    {
      method: 'POST',
      pattern: '/__control/clear-faults',
      handle: () => {
        // Faults only: the scenario, clock and transitions stay (reset reloads them all).
        world.state.faults.length = 0;
        return { status: 200, body: { data: summary(world) } };
      },
    },
    {
      method: 'POST',
      pattern: '/__control/reset',
      handle: () => {
        world.reset();
        return ok();
      },
    },
  ];
}
