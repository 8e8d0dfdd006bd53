// What each message answers with, when it succeeds.
import type { Analysis, Post } from '../core/types';
import type { ComplaintPage } from '../db/complaint-index';
import type { Complaint } from '../db/schema';
import type { TeamErrorCode } from '../team/api';
import type { TeamStatus } from '../team/status';
import type { MessageType } from './protocol';

/** Why a sign-in failed: the server's reason, or `invalid-address` / `no-permission` from Simak. */
export interface TeamFailure {
  code: TeamErrorCode | 'invalid-address' | 'no-permission';
  message: string;
}

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

/**
 * What the badges need in the user's language: message texts (null: the browser's own language
 * through browser.i18n) and the taxonomy's category labels by id.
 */
export interface PageStrings {
  messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> | null;
  categories: Record<string, string>;
}

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
  'team/status': TeamStatus;
  'team/sync': TeamStatus;
  'team/sign-in': { status: TeamStatus; unshared: number } | { failed: TeamFailure };
  'team/office': TeamStatus;
  'team/upload': { uploaded: number };
  'team/sign-out': TeamStatus;
  'team/assign': Complaint;
  'team/members': { members: string[] };
}

// Every message has its reply, and every reply its message.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _everyMessageAnswered: Same<keyof Replies, MessageType> = true;
void _everyMessageAnswered;
