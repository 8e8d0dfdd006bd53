// --tls-cert / --tls-key: the server speaks HTTPS with the given certificate, and adds HSTS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { freshDb } from './harness';

describe('TLS', () => {
  it('serves HTTPS with the given certificate and key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simak-tls-'));
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const { db, drop } = await freshDb('pglite');
    const https = { key: readFileSync(key), cert: readFileSync(cert) };
    const { app } = await buildApp({ db, https, config: { tls: true, version: 'test' } });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      const answer = await new Promise<{ body: string; hsts: string | undefined }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/health', ca: https.cert }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ body, hsts: res.headers['strict-transport-security'] as string | undefined }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(JSON.parse(answer.body)).toMatchObject({ ok: true, db: 'pglite' });
      expect(answer.hsts).toContain('max-age=');
    } finally {
      await app.close();
      await db.close();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
