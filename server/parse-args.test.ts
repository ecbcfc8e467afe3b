import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args.ts';

describe('parseArgs', () => {
  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(parseArgs(['--port', '0', '--host=127.0.0.1', '--token', 't', '--scenario', 'seed', '--speed=60', '--control', '--flavor', 'prowler'])).toEqual({
      ok: true,
      help: false,
      options: { port: 0, host: '127.0.0.1', token: 't', scenario: 'seed', speed: 60, control: true, flavor: 'prowler' },
    });
  });

  it.each([
    [['--port', 'x'], /--port/],
    [['--port', '70000'], /--port/],
    [['--speed', '-1'], /--speed/],
    [['--flavor', 'gitlab'], /--flavor/],
    [['--token'], /needs a value/],
    [['--nope'], /unknown argument/],
    [['stray'], /unknown argument/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('asks for help', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, help: true });
  });
});
