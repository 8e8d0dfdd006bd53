// The office's figures for the dashboard, from the shared complaints in the local log (the
// office's log, as pulled): counts by status and category, the time from logged to done, and
// per staff member what they logged, handle and finished. Pure.
import type { Complaint, ComplaintStatus } from './schema';

const DONE: ReadonlySet<string> = new Set<ComplaintStatus>(['resolved', 'dismissed']);

export interface StaffFigures {
  username: string;
  logged: number;
  handling: number;
  done: number;
  /** Median time from logged to done of the complaints they handled, in ms. */
  medianResponseMs?: number;
}

export interface TeamFigures {
  total: number;
  byStatus: Partial<Record<ComplaintStatus, number>>;
  /** Most first. */
  byCategory: [string, number][];
  medianResponseMs?: number;
  staff: StaffFigures[];
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Logged → first marked done, by the server's clock when the team saw it, else this device's. */
export function responseMs(c: Complaint): number | undefined {
  const shared = c.team?.history.find((h) => h.field === 'status' && typeof h.to === 'string' && DONE.has(h.to));
  if (shared) return Math.max(0, shared.at - c.createdAt);
  const local = c.history.find((h) => h.field === 'status' && h.to !== undefined && DONE.has(h.to));
  return local ? Math.max(0, local.at - c.createdAt) : undefined;
}

export function teamFigures(complaints: readonly Complaint[]): TeamFigures {
  const live = complaints.filter((c) => c.deleted === 0);
  const byStatus: TeamFigures['byStatus'] = {};
  const byCategory = new Map<string, number>();
  const staff = new Map<string, StaffFigures & { times: number[] }>();
  const person = (username: string) => {
    let s = staff.get(username);
    if (!s) {
      s = { username, logged: 0, handling: 0, done: 0, times: [] };
      staff.set(username, s);
    }
    return s;
  };
  const times: number[] = [];
  for (const c of live) {
    byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
    const ms = DONE.has(c.status) ? responseMs(c) : undefined;
    if (ms !== undefined) times.push(ms);
    for (const u of c.team?.loggers ?? []) person(u).logged++;
    const holder = c.team?.assignee;
    if (holder) {
      const s = person(holder);
      if (DONE.has(c.status)) {
        s.done++;
        if (ms !== undefined) s.times.push(ms);
      } else s.handling++;
    }
  }
  return {
    total: live.length,
    byStatus,
    byCategory: [...byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    medianResponseMs: median(times),
    staff: [...staff.values()]
      .map(({ times: ts, ...s }) => ({ ...s, medianResponseMs: median(ts) }))
      .sort((a, b) => a.username.localeCompare(b.username)),
  };
}
