// A change of the shared log as the team server takes it (POST /api/offices/:office/changes):
// field by field, each with its own idempotency key chosen once, when the change is made here.
// The server checks every change with its own schemas; change.test.ts holds this type to them.
import { ulid } from 'ulid';
import type { Analysis, Post } from '../core/types';
import type { ComplaintStatus, Priority } from '../db/schema';

interface Base {
  /** The idempotency key: the same on every retry of this change. */
  key: string;
  /** This device's clock when the change was made: shown, never used for ordering. */
  at?: number;
}

export type TeamChange =
  | (Base & {
      op: 'log';
      post: Post;
      analysis: Analysis;
      status?: ComplaintStatus;
      priority?: Priority;
      category?: string;
      tags?: string[];
      notes?: string[];
      day?: string;
    })
  | (Base & { op: 'status'; postKey: string; value: ComplaintStatus })
  | (Base & { op: 'priority'; postKey: string; value: Priority })
  | (Base & { op: 'category'; postKey: string; value: string })
  | (Base & { op: 'tags'; postKey: string; value: string[] })
  | (Base & { op: 'note'; postKey: string; value: string })
  | (Base & { op: 'assign'; postKey: string; value: string | null })
  | (Base & { op: 'delete'; postKey: string; value: boolean });

/** The post key a change is about. */
export const postKeyOf = (c: TeamChange): string => (c.op === 'log' ? c.post.key : c.postKey);

/** A fresh idempotency key (ULID: unique, and sorts by the time it was made). */
export const newChangeKey = (now = Date.now()): string => `c-${ulid(now)}`;

/** What the server answers for each change of a push. */
export type ChangeResult =
  | { key: string; status: 'applied'; seq: number; duplicate?: true }
  | { key: string; status: 'unchanged'; duplicate?: true }
  | { key: string; status: 'rejected'; reason: string; duplicate?: true };
