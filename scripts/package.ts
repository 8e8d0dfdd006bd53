// npm run package [-- --sourcemaps]: production builds zipped for the Chrome Web Store and
// Firefox Add-ons, after checks that fail if a development artefact would ship.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { sourcemaps: { type: 'boolean', default: false } } });
const version: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const outDir = join(root, 'artifacts');

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What a development build leaves behind and a store package must never carry. */
export function devArtefacts(dist: string, allowSourcemaps: boolean): string[] {
  const problems: string[] = [];
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  for (const war of manifest.web_accessible_resources ?? []) {
    const matches: string[] = war.matches ?? [];
    if (matches.some((m) => m === '<all_urls>' || m.startsWith('*://*/'))) {
      problems.push(`manifest exposes ${JSON.stringify(war.resources)} to every site`);
    }
  }
  for (const file of filesUnder(dist)) {
    const rel = relative(dist, file);
    if (file.endsWith('.map') && !allowSourcemaps) problems.push(`${rel}: source map`);
    if (!/\.(js|html|json)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (/localhost:\d+|127\.0\.0\.1:\d+/.test(text)) problems.push(`${rel}: loads from a local dev server`);
    if (/\/@vite\/client|@crx\/client|vite\/dynamic-import-helper/.test(text)) problems.push(`${rel}: Vite dev client`);
    if (!allowSourcemaps && /sourceMappingURL=/.test(text)) problems.push(`${rel}: points to a source map`);
  }
  return problems;
}

function main(): number {
  run('npm', ['run', 'build'], { NODE_ENV: 'production', SIMAK_SOURCEMAPS: values.sourcemaps ? '1' : '' });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let failed = false;
  for (const target of ['chrome', 'firefox']) {
    const dist = join(root, 'dist', target);
    const problems = devArtefacts(dist, values.sourcemaps);
    if (problems.length) {
      failed = true;
      console.error(`package: ${target} build would ship development artefacts:\n  ${problems.join('\n  ')}`);
      continue;
    }
    const filename = `simak-${target}-${version}.zip`;
    run('npx', [
      'web-ext',
      'build',
      '--source-dir',
      dist,
      '--artifacts-dir',
      outDir,
      '--filename',
      filename,
      '--overwrite-dest',
    ]);
    if (!existsSync(join(outDir, filename))) throw new Error(`no ${filename} written`);
  }
  if (failed) return 1;
  run('npx', ['web-ext', 'lint', '--source-dir', join(root, 'dist/firefox'), '--self-hosted=false']);
  console.log(`package: artifacts/simak-chrome-${version}.zip and artifacts/simak-firefox-${version}.zip`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
