// Every npm script is named in the README with a line saying what it does, so a newcomer finds
// a command there before finding it in package.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
/** The README's list: lines such as "- `npm run build`: …" ("npm test" for the test script). */
const listed = new Set([...readme.matchAll(/^- `npm (?:run )?([\w:-]+)`: \S/gm)].map((m) => m[1]));

describe('README', () => {
  it('gives every npm script a line of its own', () => {
    expect(Object.keys(pkg.scripts).filter((name) => !listed.has(name))).toEqual([]);
  });
});
