// The one message protocol between content scripts, the service worker and the UI pages.
// Every message is validated on receipt (valibot); a malformed or unknown one is refused
// with an error value. Errors travel back as values, never as thrown exceptions.
import * as v from 'valibot';
import type { Analysis, Post } from './core/types';

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
  /** UI → worker: today's summary for the popup. */
  v.object({ type: v.literal('summary/today') }),
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

export type LogOutcome = { id: string; alreadyLogged: boolean };

/** What each message answers with, when it succeeds. */
export interface Replies {
  'posts/seen': { analyses: Record<string, Analysis> };
  'posts/recent': { posts: Post[]; skipped: Record<string, number> };
  'complaint/log': LogOutcome;
  'complaint/undo': { removed: boolean };
  'summary/today': TodaySummary;
  ping: { pong: true };
}

export type ErrorCode = 'invalid-message' | 'foreign-sender' | 'storage' | 'internal';
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
