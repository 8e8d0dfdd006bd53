// The one message protocol between content scripts, the service worker and the UI pages.
// Every message is validated on receipt (valibot); a malformed or unknown one is refused
// with an error value. Errors travel back as values, never as thrown exceptions.
import * as v from 'valibot';
import type { Analysis, Post } from './core/types';
import type { ComplaintPage } from './db/complaint-index';
import type { Complaint } from './db/schema';

const Site = v.picklist(['x', 'facebook', 'instagram']);
const Count = v.optional(v.pipe(v.number(), v.finite(), v.minValue(0)));
// Post text is untrusted and may be huge: cap it so one strange post cannot flood the worker.
export const MAX_TEXT = 20_000;

export const PostSchema = v.object({
  key: v.pipe(v.string(), v.minLength(3), v.maxLength(300)),
  site: Site,
  postId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  url: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  author: v.object({
    name: v.optional(v.pipe(v.string(), v.maxLength(500))),
    handle: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  truncated: v.optional(v.boolean()),
  lang: v.optional(v.pipe(v.string(), v.maxLength(20))),
  postedAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
  counts: v.object({
    replies: Count,
    reposts: Count,
    likes: Count,
    views: Count,
    comments: Count,
    shares: Count,
  }),
  kind: v.picklist(['post', 'reply', 'repost', 'quote', 'ad']),
  repostedBy: v.optional(v.pipe(v.string(), v.maxLength(200))),
  quoted: v.optional(
    v.object({
      postId: v.optional(v.pipe(v.string(), v.maxLength(200))),
      text: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
    }),
  ),
});

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const Status = v.picklist(['new', 'in-progress', 'resolved', 'dismissed']);
const PriorityLevel = v.picklist(['low', 'normal', 'high', 'urgent']);
const Category = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));
const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const ComplaintFilterSchema = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(500))),
  status: v.optional(Status),
  category: v.optional(Category),
  site: v.optional(Site),
  priority: v.optional(PriorityLevel),
  query: v.optional(v.pipe(v.string(), v.maxLength(200))),
  from: v.optional(Day),
  to: v.optional(Day),
});

export const MessageSchema = v.variant('type', [
  /** Content → worker: these posts are on screen now; score them and count them. */
  v.object({
    type: v.literal('posts/seen'),
    posts: v.pipe(v.array(PostSchema), v.maxLength(200)),
    /** Post elements the adapter could not read since the last batch, by reason. */
    skipped: v.optional(v.record(v.pipe(v.string(), v.maxLength(100)), v.pipe(v.number(), v.integer(), v.minValue(0)))),
  }),
  /** UI/CLI → worker: the posts received lately and the skip reasons (for `npm run extract`). */
  v.object({ type: v.literal('posts/recent') }),
  /** Content → worker: log this post as a complaint (one click). */
  v.object({ type: v.literal('complaint/log'), post: PostSchema }),
  /** Content → worker: undo a log that was just made. */
  v.object({ type: v.literal('complaint/undo'), id: Id }),
  /** UI → worker: one page of the complaint log, newest first, filtered. */
  v.object({
    type: v.literal('complaints/list'),
    filter: ComplaintFilterSchema,
    offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
  }),
  /** UI → worker: categories and watch queries present in the log (filter menus). */
  v.object({ type: v.literal('complaints/facets') }),
  /** UI → worker: complaints per category among those matching a filter (dashboard). */
  v.object({ type: v.literal('complaints/by-category'), filter: ComplaintFilterSchema }),
  /** UI → worker: one complaint in full (detail view). */
  v.object({ type: v.literal('complaint/get'), id: Id }),
  /** UI → worker: triage a complaint; each change is appended to its history. */
  v.object({
    type: v.literal('complaint/update'),
    id: Id,
    change: v.object({
      status: v.optional(Status),
      priority: v.optional(PriorityLevel),
      category: v.optional(Category),
      note: v.optional(v.pipe(v.string(), v.maxLength(5_000))),
    }),
  }),
  /** UI → worker: a page wrote the log directly (import, delete everything): drop caches. */
  v.object({ type: v.literal('complaints/changed') }),
  /** UI → worker: today's summary for the popup. */
  v.object({ type: v.literal('summary/today') }),
  /** Options → worker: check watch queries as typed, and which of them match a sample text. */
  v.object({
    type: v.literal('queries/check'),
    sources: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(200)),
    sample: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  }),
  /** Content → worker: the badge strings and category labels in the chosen UI language. */
  v.object({ type: v.literal('page/strings'), language: v.picklist(['auto', 'id', 'en']) }),
  /** Any → worker: is the worker alive (used by tests and the content script's retry). */
  v.object({ type: v.literal('ping') }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;

/** Worker → content script (the only messages a content script accepts). */
export const ContentCommandSchema = v.variant('type', [
  /** Log the post under the pointer or focus (keyboard command) or last right-clicked (menu). */
  v.object({ type: v.literal('content/log-target'), from: v.picklist(['command', 'menu']) }),
]);
export type ContentCommand = v.InferOutput<typeof ContentCommandSchema>;
export type MessageType = Message['type'];

export interface TodaySummary {
  day: string;
  postsSeen: number;
  newComplaints: number;
  sentiment: { negative: number; neutral: number; positive: number };
}

/** Per watch query (in order): its error, if any; and the queries the sample text matches. */
export interface QueryCheck {
  errors: ({ position: number; code: string; message: string } | null)[];
  matches: { queryId: string; words: string[] }[];
}

export type LogOutcome = { id: string; alreadyLogged: boolean };

/** What each message answers with, when it succeeds. */
export interface Replies {
  /** `unsaved`: scored, but the daily counts could not be stored (storage fault). */
  'posts/seen': { analyses: Record<string, Analysis>; unsaved?: true };
  'posts/recent': { posts: Post[]; skipped: Record<string, number> };
  'complaint/log': LogOutcome;
  'complaint/undo': { removed: boolean };
  'summary/today': TodaySummary;
  'complaints/list': ComplaintPage;
  'complaints/facets': { categories: string[]; queries: string[] };
  'complaints/by-category': Record<string, number>;
  'queries/check': QueryCheck;
  'complaint/get': Complaint | null;
  'complaint/update': Complaint;
  'complaints/changed': { ok: true };
  'page/strings': PageStrings;
  ping: { pong: true };
}

/**
 * What the badges need in the user's language: message texts (null: the browser's own language
 * through browser.i18n) and the taxonomy's category labels by id.
 */
export interface PageStrings {
  messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> | null;
  categories: Record<string, string>;
}

/** `storage-full`: quota or disk full; `storage-lost`: the log was deleted under the extension. */
export type ErrorCode =
  | 'invalid-message'
  | 'foreign-sender'
  | 'not-found'
  | 'storage'
  | 'storage-full'
  | 'storage-lost'
  | 'internal';
export interface SimakError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: SimakError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Validate an incoming message; never throws. */
export function parseMessage(raw: unknown): Result<Message> {
  const parsed = v.safeParse(MessageSchema, raw);
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') || 'message';
  return err('invalid-message', `${where}: ${issue.message}`);
}

export type PostInput = v.InferOutput<typeof PostSchema> & Post;
