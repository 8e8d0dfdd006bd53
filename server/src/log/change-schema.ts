// What a client pushes: a batch of field-level changes, each with its own idempotency key.
// The shapes reuse the extension's schemas (schemas.ts), so the extension's outbox can send
// what it keeps locally as it is.
import * as v from 'valibot';
import {
  AnalysisSchema,
  CategorySchema,
  DaySchema,
  NoteSchema,
  PostSchema,
  PrioritySchema,
  StatusSchema,
  TagsSchema,
} from '../schemas';

/** Chosen by the client once per change and sent again on every retry of it. */
const Key = v.pipe(v.string(), v.regex(/^[\w:.-]{8,100}$/));
const PostKey = v.pipe(v.string(), v.minLength(3), v.maxLength(300));
/** The client's clock when the change was made: kept for display, never used for ordering. */
const ClientAt = v.optional(v.pipe(v.number(), v.finite()));
const Username = v.pipe(v.string(), v.regex(/^[a-z0-9._-]{2,40}$/));

const base = { key: Key, at: ClientAt };

export const LogChange = v.object({
  ...base,
  op: v.literal('log'),
  post: PostSchema,
  analysis: AnalysisSchema,
  status: v.optional(StatusSchema),
  priority: v.optional(PrioritySchema),
  category: v.optional(CategorySchema),
  tags: v.optional(TagsSchema),
  notes: v.optional(v.pipe(v.array(NoteSchema), v.maxLength(50))),
  day: v.optional(DaySchema),
});

export const ChangeSchema = v.variant('op', [
  LogChange,
  v.object({ ...base, op: v.literal('status'), postKey: PostKey, value: StatusSchema }),
  v.object({ ...base, op: v.literal('priority'), postKey: PostKey, value: PrioritySchema }),
  v.object({ ...base, op: v.literal('category'), postKey: PostKey, value: CategorySchema }),
  v.object({ ...base, op: v.literal('tags'), postKey: PostKey, value: TagsSchema }),
  v.object({ ...base, op: v.literal('note'), postKey: PostKey, value: NoteSchema }),
  v.object({ ...base, op: v.literal('assign'), postKey: PostKey, value: v.nullable(Username) }),
  v.object({ ...base, op: v.literal('delete'), postKey: PostKey, value: v.boolean() }),
]);
export type Change = v.InferOutput<typeof ChangeSchema>;

export const MAX_BATCH = 100;
export const PushSchema = v.object({
  changes: v.pipe(v.array(ChangeSchema), v.minLength(1), v.maxLength(MAX_BATCH)),
});

export const UsernameSchema = Username;

export type ChangeResult =
  | { key: string; status: 'applied'; seq: number }
  | { key: string; status: 'unchanged' }
  | { key: string; status: 'rejected'; reason: 'forbidden' | 'not-found' | 'unknown-member' };

/** The answer for a change key seen before: the first answer, marked as a repeat. */
export type PushResult = ChangeResult | (ChangeResult & { duplicate: true });
