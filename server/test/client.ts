// A small sync client for the fault tests: pushes with the same keys until the server answers,
// as the extension's outbox will, and pulls everything after a cursor.
export async function call(base: string, token: string | undefined, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are read loosely in tests and the bench
  return { status: res.status, body: (await res.json()) as any };
}

/** Retries on refused connections and 5xx answers; gives up after `attempts`. */
export async function pushUntilAnswered(
  base: () => string,
  token: string,
  officeId: number,
  changes: unknown[],
  attempts = 300,
): Promise<{ results: { key: string; status: string; seq?: number; duplicate?: boolean }[]; tries: number }> {
  for (let i = 1; i <= attempts; i++) {
    try {
      const r = await call(base(), token, 'POST', `/api/offices/${officeId}/changes`, { changes });
      if (r.status === 200) return { results: r.body.results, tries: i };
      if (r.status < 500) throw new Error(`push refused: ${r.status} ${JSON.stringify(r.body)}`);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('push refused')) throw e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('push never answered');
}

export async function pullAll(base: string, token: string, officeId: number) {
  const changes: { seq: number; key: string; postKey: string; field: string; to: unknown }[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are read loosely in tests and the bench
  const complaints = new Map<string, any>();
  let cursor = 0;
  for (let more = true; more; ) {
    const r = await call(base, token, 'GET', `/api/offices/${officeId}/changes?since=${cursor}&limit=1000`);
    if (r.status !== 200) throw new Error(`pull: ${r.status}`);
    changes.push(...r.body.changes);
    for (const c of r.body.complaints) complaints.set(c.postKey, c);
    cursor = r.body.cursor;
    more = r.body.more;
  }
  return { changes, complaints, cursor };
}
