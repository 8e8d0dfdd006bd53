// What needs no sign-in: /health, and /openapi.json, which must describe every route served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './harness';

describe('health and API description', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer('pglite');
  });
  afterAll(() => s?.close());

  it('documents every /api route the server serves, with the push body from the validation schemas', async () => {
    const doc = (await s.api(undefined, 'GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const served = s.routes.filter((r) => r.includes(' /api/') || r.endsWith(' /health'));
    expect(served.length).toBeGreaterThan(15);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`),
    );
    for (const r of served) expect(documented).toContain(r);
    const ops = doc.components.schemas.Change.oneOf.map(
      (o: { properties: { op: { const: string } } }) => o.properties.op.const,
    );
    expect(ops).toEqual(['log', 'status', 'priority', 'category', 'tags', 'note', 'assign', 'delete']);
  });
});
