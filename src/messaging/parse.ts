// Checking a message on receipt: is its type one this kind of sender may send, and is it well
// formed. Never throws: a refusal is an error value naming why (and the failing field).
import * as v from 'valibot';
import {
  ALLOWED,
  CONTENT_REQUESTS,
  ContentRequestSchema,
  type Message,
  PAGE_REQUESTS,
  PageRequestSchema,
  type SenderKind,
} from './protocol';
import { err, ok, type Result } from './result';

const AnyRequestSchema = v.variant('type', [...CONTENT_REQUESTS, ...PAGE_REQUESTS]);
const SCHEMA_OF = { content: ContentRequestSchema, page: PageRequestSchema } as const;
const KNOWN = new Set([...ALLOWED.content, ...ALLOWED.page]);
const SENDER_NAME: Record<SenderKind, string> = { content: 'a content script', page: 'an extension page' };

/**
 * Validates a message from a sender of the given kind; without one, against every message
 * (the fuzz tests). A known type from the wrong kind of sender is `not-allowed`.
 */
export function parseMessage(raw: unknown, from?: SenderKind): Result<Message> {
  if (from) {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof type === 'string' && KNOWN.has(type) && !ALLOWED[from].has(type)) {
      return err('not-allowed', `${type} may not be sent from ${SENDER_NAME[from]}`);
    }
  }
  const parsed = v.safeParse(from ? SCHEMA_OF[from] : AnyRequestSchema, raw);
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') || 'message';
  return err('invalid-message', `${where}: ${issue.message}`);
}
