/** Parses the server's command line: --port --host --token --scenario --speed --control --flavor. */
import type { ReferenceServerOptions } from './start-server.ts';

export type ParsedArgs = { ok: true; options: ReferenceServerOptions; help: boolean } | { ok: false; message: string };

const VALUE_FLAGS = new Set(['port', 'host', 'token', 'scenario', 'speed', 'flavor']);

/** `argv` (without node and script) → server options, or a message naming what is wrong. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: ReferenceServerOptions = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [arg, undefined];
    if (flag === 'help' || arg === '-h') { help = true; continue; }
    if (flag === 'control') { options.control = true; continue; }
    if (!flag || !VALUE_FLAGS.has(flag) || !arg.startsWith('--')) return { ok: false, message: `unknown argument: ${arg}` };
    const value = inline ?? argv[++i];
    if (value === undefined) return { ok: false, message: `--${flag} needs a value` };
    if (flag === 'port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: `--port must be 0–65535, got ${value}` };
      options.port = port;
    } else if (flag === 'speed') {
      const speed = Number(value);
      if (!Number.isFinite(speed) || speed < 0) return { ok: false, message: `--speed must be a number ≥ 0, got ${value}` };
      options.speed = speed;
    } else if (flag === 'flavor') {
      if (value !== 'scansight' && value !== 'prowler') return { ok: false, message: '--flavor must be scansight or prowler' };
      options.flavor = value;
    } else if (flag === 'host') options.host = value;
    else if (flag === 'token') options.token = value;
    else options.scenario = value;
  }
  return { ok: true, options, help };
}
