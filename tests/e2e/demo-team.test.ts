// `npm run demo -- --team --headless`: a local team server, two staff sharing one log, and
// screenshots of it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'simak-demo-team-'));

describe('npm run demo -- --team --headless', () => {
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('starts a local team server, two staff log and claim, and both see the whole office log', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/demo.ts', '--team', '--headless', '--no-build', '--out', out],
      { cwd: root, timeout: 240_000 },
    );
    const [, total, both, seen] =
      /team: (\d+) complaints in the office log \((\d+) logged by both\), ani and budi each see (\d+)/.exec(stdout) ??
      [];
    expect(Number(total), stdout).toBeGreaterThan(0);
    expect(Number(seen)).toBe(Number(total));
    expect(Number(both)).toBeGreaterThan(0);
    for (const shot of [
      'team-popup-ani.png',
      'team-popup-budi.png',
      'team-complaint-ani.png',
      'team-dashboard-budi.png',
      'team-options-ani.png',
    ])
      expect(existsSync(join(out, shot)), shot).toBe(true);
  }, 300_000);
});
