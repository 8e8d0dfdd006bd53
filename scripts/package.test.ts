import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { devArtefacts } from './package';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeBuild(manifest: object, files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'simak-pkg-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the package check refuses development artefacts', () => {
  it('passes a clean production build', () => {
    const dist = fakeBuild(
      { manifest_version: 3 },
      { 'assets/a.js': 'console.log(1)', 'src/ui/popup/index.html': '<p>x</p>' },
    );
    expect(devArtefacts(dist, false)).toEqual([]);
  });

  it('names each artefact of a dev build', () => {
    const dist = fakeBuild(
      { web_accessible_resources: [{ matches: ['<all_urls>'], resources: ['**/*'] }] },
      {
        'service-worker-loader.js': "import 'http://localhost:5173/@vite/env';",
        'assets/a.js': 'x\n//# sourceMappingURL=a.js.map',
        'assets/a.js.map': '{}',
        'src/content/loader.js': "import('/@crx/client-port')",
      },
    );
    const problems = devArtefacts(dist, false).join('\n');
    expect(problems).toMatch(/exposes .* to every site/);
    expect(problems).toMatch(/service-worker-loader.js: loads from a local dev server/);
    expect(problems).toMatch(/a.js.map: source map/);
    expect(problems).toMatch(/a.js: points to a source map/);
    expect(problems).toMatch(/loader.js: Vite dev client/);
    expect(devArtefacts(dist, true).join('\n')).not.toMatch(/source map/);
  });
});
