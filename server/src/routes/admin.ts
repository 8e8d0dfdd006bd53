// The admin page, served by the team server itself: one HTML file, one script bundled from the
// Preact sources at the first request (esbuild, in memory), one style sheet. All same-origin,
// so the page's strict Content-Security-Policy ('self' only) holds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FastifyInstance } from 'fastify';

const dir = (f: string) => fileURLToPath(new URL(`../admin/${f}`, import.meta.url));

const HTML = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Simak Tim</title><link rel="stylesheet" href="/admin/app.css"></head>
<body><div id="app"></div><script type="module" src="/admin/app.js"></script></body>
</html>`;

let bundle: Promise<string> | undefined;
function script(): Promise<string> {
  bundle ??= build({
    entryPoints: [dir('app.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bundle;
}

export function adminRoutes(app: FastifyInstance): void {
  app.get('/admin', (_req, reply) => reply.redirect('/admin/'));
  app.get('/admin/', (_req, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(HTML),
  );
  app.get('/admin/app.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').send(await script()));
  app.get('/admin/app.css', (_req, reply) =>
    reply.type('text/css; charset=utf-8').send(readFileSync(dir('app.css'), 'utf8')),
  );
}
