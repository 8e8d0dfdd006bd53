// The shipped builds carry no timing marks and no switch for them: marks land on the page's
// own performance timeline, where any page could read them and learn that Simak is installed
// (an attribute on the page once turned them on). Only `vite build --mode profile`
// (dist/profile, for the benches) has them.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/package';

const root = resolve(import.meta.dirname, '../..');
/** What the marks are made with, and the attribute that once switched them on. */
const HOOKS = ['performance.measure(', 'performance.mark(', 'data-simak-profile'];

const scriptsUnder = (dir: string) => filesUnder(dir).filter((path) => /\.(js|html)$/.test(path));

const hooksIn = (file: string) => HOOKS.filter((hook) => readFileSync(file, 'utf8').includes(hook));

describe('timing marks are a bench-only build', () => {
  for (const target of ['chrome', 'firefox']) {
    const dist = join(root, 'dist', target);
    it.skipIf(!existsSync(dist))(`the ${target} build has none (skipped until npm run build)`, () => {
      const found = scriptsUnder(dist).flatMap((file) => hooksIn(file).map((hook) => `${file}: ${hook}`));
      expect(found).toEqual([]);
    });
  }

  const profile = join(root, 'dist/profile/src/content/index.js');
  it.skipIf(!existsSync(profile))(
    'the profiling build has them (the check above looks for the right thing; npm test builds it, else skipped)',
    () => {
      expect(hooksIn(profile)).toContain('performance.measure(');
    },
  );
});
