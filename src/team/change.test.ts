// The changes the extension queues are the ones the team server takes: each kind, built by the
// extension's own code, passes the server's schema.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type Change, ChangeSchema } from '../../server/src/log/change-schema';
import { makeComplaint } from '../../tests/support/complaints';
import { newChangeKey, type TeamChange } from './change';
import { logChange } from './local-writes';

// Every change the extension can make is a change the server's type allows.
const _sameShape: (c: TeamChange) => Change = (c) => c;
void _sameShape;

describe('queued changes', () => {
  it('every kind passes the server’s schema', () => {
    const c = makeComplaint(3, { notes: ['sudah DM'], tags: ['jkn'] });
    const postKey = c.postKey;
    const changes: TeamChange[] = [
      { key: newChangeKey(), at: 1, ...logChange(c) },
      { key: newChangeKey(), op: 'status', postKey, value: 'resolved' },
      { key: newChangeKey(), op: 'priority', postKey, value: 'urgent' },
      { key: newChangeKey(), op: 'category', postKey, value: 'rujukan' },
      { key: newChangeKey(), op: 'tags', postKey, value: ['a'] },
      { key: newChangeKey(), op: 'note', postKey, value: 'catatan' },
      { key: newChangeKey(), op: 'assign', postKey, value: 'ani.s' },
      { key: newChangeKey(), op: 'assign', postKey, value: null },
      { key: newChangeKey(), op: 'delete', postKey, value: true },
    ];
    for (const change of changes) {
      const r = v.safeParse(ChangeSchema, change);
      expect(r.success, `${change.op}: ${r.issues?.[0]?.message}`).toBe(true);
    }
  });
});
