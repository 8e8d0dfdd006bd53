import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { filesUnder } from '../../scripts/package';

const root = resolve(import.meta.dirname, '../..');
const documented = new Set(
  [
    ...readFileSync(join(root, 'docs/permissions.md'), 'utf8').matchAll(/^\| `([^`]+)` \| (?:permission|host) \|/gm),
  ].map((m) => m[1]),
);

describe('least privilege', () => {
  it('asks only for permissions and hosts that docs/permissions.md explains', () => {
    const asked = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
    expect(asked.filter((p) => !documented.has(p))).toEqual([]);
    // Optional hosts (a team server's origin, asked for at sign-in) are explained in their own table.
    const optional = readFileSync(join(root, 'docs/permissions.md'), 'utf8').match(
      /^\| (.+) \| optional host \|/m,
    )?.[1];
    expect(optional?.match(/`([^`]+)`/g)?.map((x) => x.slice(1, -1))).toEqual(manifest.optional_host_permissions);
    expect(manifest).not.toHaveProperty('optional_permissions');
  });

  it('runs content scripts only on the hosts it has permission for', () => {
    for (const script of manifest.content_scripts) {
      expect(script.matches.filter((m) => !manifest.host_permissions.includes(m))).toEqual([]);
    }
  });

  it('keeps the default content security policy and exposes no resource to the sites', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  for (const target of ['chrome', 'firefox']) {
    const dist = join(root, 'dist', target);
    it.skipIf(!existsSync(dist))(`${target} build loads no remote code (skipped until npm run build)`, () => {
      const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
      expect(built.permissions).toEqual(manifest.permissions);
      expect(built.host_permissions).toEqual(manifest.host_permissions);
      expect(built.content_security_policy).toBeUndefined();
      expect(built.optional_host_permissions).toEqual(manifest.optional_host_permissions);
      // The worker's own bundle: what its loader imports.
      const loader = join(dist, 'service-worker-loader.js');
      const workerFiles = new Set(
        [...readFileSync(loader, 'utf8').matchAll(/import\s+'\.\/([^']+)'/g)].map((m) => join(dist, m[1] ?? '')),
      );
      expect(workerFiles.size).toBe(1);
      for (const file of filesUnder(dist).filter((f) => /\.(js|html)$/.test(f))) {
        const text = readFileSync(file, 'utf8');
        // Code loaded from a network address, in a script tag or an import.
        expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
        expect(text, file).not.toMatch(/\bimport\s*\(\s*["']https?:/);
        expect(text, file).not.toMatch(/from\s*["']https?:\/\//);
        expect(text, file).not.toMatch(/importScripts\(\s*["']https?:/);
        // No network API in the content script or the pages: only the worker talks to a network,
        // and only to a team server the user signed in to (src/team/api.ts).
        const network = /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/;
        if (!workerFiles.has(file)) expect(text, file).not.toMatch(network);
        else expect(text, file).not.toMatch(/XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/);
      }
    });
  }
});
