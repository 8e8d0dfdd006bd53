// `npm run score` as analysts use it: JSON lines or a CSV export in, one JSON line per good
// input out, bad lines named on stderr with their line number and a failing exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
/**
 * Each run starts Node, compiles the CLI with tsx and loads the model: about a second on a quiet
 * machine, several on a busy two-core one. Node is started directly (`npx` would add a second
 * process and its lookup), and the tests get a time-out that fits that, not vitest's 5 s.
 */
const CLI_TIMEOUT_MS = 30_000;
const score = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/score.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
  });
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('npm run score', { timeout: CLI_TIMEOUT_MS }, () => {
  it('scores JSON lines from stdin, skips a bad line by number and fails the exit code', () => {
    const out = score(
      [],
      [
        '{"id":"a","text":"Antri dari subuh, obat kosong. Tolong min!"}',
        'not json',
        '{"id":7,"text":"Terima kasih, pelayanan cepat"}',
        '{"id":"x"}',
      ].join('\n'),
    );
    expect(out.status).toBe(1);
    const rows = lines(out.stdout);
    expect(rows.map((r) => r.id)).toEqual(['a', 7]);
    expect(rows[0]).toMatchObject({ lang: 'id', complaint: { is: true } });
    // Both things the post names; which is likelier is the category model's call.
    expect([...rows[0].complaint.categories].sort()).toEqual(['antrean', 'obat']);
    expect(rows[0].sentiment.score).toBeLessThan(0);
    expect(rows[1]).toMatchObject({ sentiment: { label: 'positive' }, complaint: { is: false } });
    expect(out.stderr).toMatch(/line 2: not JSON/);
    expect(out.stderr).toMatch(/line 4: expected an object with a "text" string/);
  });

  it('scores a CSV export by its text column, with watch queries from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simak-score-'));
    writeFileSync(
      join(dir, 'export.csv'),
      '\ufeffno,komentar\n1,"gak bisa login, ""error"" terus"\n2,"mantap, makasih"\n',
    );
    writeFileSync(join(dir, 'watch.txt'), '# what the team watches\nlogin: "tidak bisa login"\n');
    const out = score([
      join(dir, 'export.csv'),
      '--csv',
      '--text-column',
      'komentar',
      '--id-column',
      'no',
      '--queries',
      join(dir, 'watch.txt'),
    ]);
    expect(out.status).toBe(0);
    const rows = lines(out.stdout);
    expect(rows.map((r) => r.id)).toEqual(['1', '2']);
    expect(rows[0].matches).toEqual([{ queryId: 'login', words: ['tidak', 'bisa', 'login'] }]);
    expect(rows[1].matches).toEqual([]);
  });

  it('names the CSV columns when the text column is not among them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simak-score-'));
    writeFileSync(join(dir, 'export.csv'), 'id,isi\n1,antri lama\n');
    const out = score([join(dir, 'export.csv'), '--csv', '--text-column', 'komentar']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/no column "komentar"; its columns are: id, isi/);
  });

  it('refuses a malformed watch query with its position, before reading any post', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simak-score-'));
    writeFileSync(join(dir, 'watch.txt'), 'bad: "tidak bisa\n');
    const out = score(['--queries', join(dir, 'watch.txt')], '{"id":1,"text":"x"}\n');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/watch query "bad": .* at position 0/);
    expect(out.stdout).toBe('');
  });
});
