// The one message protocol between content scripts, the service worker and the extension
// pages, by direction: which list a message is in says who may send it, and the worker refuses
// it from anyone else. Every message is validated on receipt (valibot).
import * as v from 'valibot';
import { MAX_BATCH, MAX_TEXT } from '../core/limits';
import { PostSchema } from '../core/post';
import { CategorySchema, PrioritySchema, StatusSchema } from '../db/complaint-fields';
import { ComplaintFilterSchema } from '../db/complaint-filter';
import { LANGUAGES } from '../settings';
import { TEAM_REQUESTS, TEAM_SAFE_TO_REPEAT } from './team-protocol';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** Score these posts (on screen now) and count them in the day. */
const postsSeen = v.object({
  type: v.literal('posts/seen'),
  posts: v.pipe(v.array(PostSchema), v.maxLength(MAX_BATCH)),
  /** Post elements the adapter could not read since the last batch, by reason. */
  skipped: v.optional(v.record(v.pipe(v.string(), v.maxLength(100)), v.pipe(v.number(), v.integer(), v.minValue(0)))),
});
/** Is the worker alive (tests, and a sender waiting for a worker to wake). */
const ping = v.object({ type: v.literal('ping') });

/**
 * Content script → worker. A content script runs in a page Simak does not control: it may log
 * a post and undo its own tab's latest log, and nothing that reads or changes the log.
 */
export const CONTENT_REQUESTS = [
  postsSeen,
  /** Log this post as a complaint (one click, the menu or the keyboard command). */
  v.object({ type: v.literal('complaint/log'), post: PostSchema }),
  /** Undo the log this tab just made (the toast's Undo). */
  v.object({ type: v.literal('complaint/undo'), id: Id }),
  /** The badge strings and category labels in the chosen UI language. */
  v.object({ type: v.literal('page/strings'), language: v.picklist(LANGUAGES) }),
  ping,
] as const;

/**
 * Extension pages (popup, options, dashboard) → worker. They are Simak's own code, with the
 * database at hand anyway: they may also score posts (`posts/seen`, as the tests do).
 */
export const PAGE_REQUESTS = [
  postsSeen,
  /** The posts received lately and the skip reasons (`npm run extract`). */
  v.object({ type: v.literal('posts/recent') }),
  /** One page of the complaint log, newest first, filtered. */
  v.object({
    type: v.literal('complaints/list'),
    filter: ComplaintFilterSchema,
    offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
  }),
  /** Categories and watch queries present in the log (filter menus). */
  v.object({ type: v.literal('complaints/facets') }),
  /** Complaints per category among those matching a filter (dashboard). */
  v.object({ type: v.literal('complaints/by-category'), filter: ComplaintFilterSchema }),
  /** One complaint in full (detail view). */
  v.object({ type: v.literal('complaint/get'), id: Id }),
  /** Triage a complaint; each change is appended to its history. */
  v.object({
    type: v.literal('complaint/update'),
    id: Id,
    change: v.object({
      status: v.optional(StatusSchema),
      priority: v.optional(PrioritySchema),
      category: v.optional(CategorySchema),
      note: v.optional(v.pipe(v.string(), v.maxLength(5_000))),
    }),
  }),
  /** A page wrote the log directly (import, delete everything): drop caches. */
  v.object({ type: v.literal('complaints/changed') }),
  /** Today's summary for the popup. */
  v.object({ type: v.literal('summary/today') }),
  /** Check watch queries as typed, and which of them match a sample text (options). */
  v.object({
    type: v.literal('queries/check'),
    sources: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(200)),
    sample: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  }),
  ...TEAM_REQUESTS,
  ping,
] as const;

export const ContentRequestSchema = v.variant('type', CONTENT_REQUESTS);
export const PageRequestSchema = v.variant('type', PAGE_REQUESTS);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;
/** Any message the worker answers. */
export type Message = ContentRequest | PageRequest;
export type MessageType = Message['type'];

/** Who sent a message, as the worker tells from the sender: see background/senders.ts. */
export type SenderKind = 'content' | 'page';

/** The types each sender kind may send, from the lists above. */
export const ALLOWED: Record<SenderKind, ReadonlySet<string>> = {
  content: new Set(CONTENT_REQUESTS.map((s) => s.entries.type.literal)),
  page: new Set(PAGE_REQUESTS.map((s) => s.entries.type.literal)),
};

/**
 * Messages that may be sent again when no answer came: reads, and the ones the worker makes
 * idempotent (a post is counted once a day, a post key is logged once). An update or an undo is
 * never repeated: the first may have gone through.
 */
export const SAFE_TO_REPEAT: ReadonlySet<MessageType> = new Set<MessageType>([
  'posts/seen',
  'complaint/log',
  'page/strings',
  'ping',
  'posts/recent',
  'complaints/list',
  'complaints/facets',
  'complaints/by-category',
  'complaint/get',
  'complaints/changed',
  'summary/today',
  'queries/check',
  ...TEAM_SAFE_TO_REPEAT,
]);

/** Worker → content script (the only messages a content script accepts). */
export const ContentCommandSchema = v.variant('type', [
  /** Log the post under the pointer or focus (keyboard command) or last right-clicked (menu). */
  v.object({ type: v.literal('content/log-target'), from: v.picklist(['command', 'menu']) }),
]);
export type ContentCommand = v.InferOutput<typeof ContentCommandSchema>;
