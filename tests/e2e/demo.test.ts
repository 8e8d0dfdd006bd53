// `npm run demo -- --headless` as a newcomer runs it: every demo feed badged, complaints
// logged by clicking, screenshots written.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'simak-demo-'));

describe('npm run demo -- --headless', () => {
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('badges the X, Facebook and Instagram demo feeds, logs complaints by clicking and writes screenshots', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/demo.ts', '--headless', '--no-build', '--out', out],
      {
        cwd: root,
        timeout: 120_000,
      },
    );
    for (const site of ['X', 'Facebook', 'Instagram']) {
      const line = stdout.split('\n').find((l) => l.startsWith(`${site}:`)) ?? '';
      const [, badged, flagged, logged] =
        /(\d+) posts badged \((\d+) flagged.*logged (\d+) by clicking/.exec(line) ?? [];
      expect(Number(badged), line).toBeGreaterThanOrEqual(10);
      expect(Number(flagged), line).toBeGreaterThan(0);
      expect(Number(logged), line).toBeGreaterThan(0);
      expect(existsSync(join(out, `${site.toLowerCase()}.png`))).toBe(true);
    }
    expect(stdout).toMatch(/popup: 9 complaints in the log/);
    expect(existsSync(join(out, 'popup.png'))).toBe(true);
  }, 150_000);
});
