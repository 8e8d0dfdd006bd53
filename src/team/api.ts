// The team server's HTTP API as the worker uses it: sign in, the user's offices, push, pull,
// one complaint, sign out. Every failure becomes a TeamError with a code the UI can explain
// (offline, signed out, access taken away, a wrong password…); nothing here retries: the sync
// engine decides when to try again.
import * as v from 'valibot';
import type { ChangeResult, TeamChange } from './change';
import {
  type ComplaintView,
  ComplaintViewSchema,
  type Office,
  OfficeSchema,
  type PullPage,
  readPullPage,
} from './views';

/** One request's longest wait: a server that does not answer is as good as offline. */
const REQUEST_TIMEOUT_MS = 20_000;
export const PUSH_BATCH = 100;
export const PULL_PAGE = 500;

export type TeamErrorCode =
  /** No answer at all (no network, wrong address, server down, timed out). */
  | 'offline'
  /** The token is missing, expired or revoked: sign in again. */
  | 'unauthorised'
  /** Not (or no longer) a member of the office, or the role may not do this. */
  | 'forbidden'
  | 'bad-credentials'
  | 'bad-code'
  | 'username-taken'
  | 'locked'
  | 'rate-limited'
  | 'too-large'
  | 'not-found'
  | 'invalid'
  | 'unavailable'
  /** The server answered something Simak cannot read (another program at that address?). */
  | 'bad-answer';

export class TeamError extends Error {
  override name = 'TeamError';
  constructor(
    readonly code: TeamErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const KNOWN: readonly TeamErrorCode[] = [
  'unauthorised',
  'forbidden',
  'bad-credentials',
  'bad-code',
  'username-taken',
  'locked',
  'rate-limited',
  'too-large',
  'not-found',
  'invalid',
  'unavailable',
];

const SignedIn = v.object({ token: v.string(), expiresAt: v.number(), username: v.string() });
const Me = v.object({ username: v.string(), offices: v.array(OfficeSchema) });
const Pushed = v.object({
  results: v.array(
    v.object({
      key: v.string(),
      status: v.picklist(['applied', 'unchanged', 'rejected']),
      seq: v.optional(v.number()),
      reason: v.optional(v.string()),
      duplicate: v.optional(v.boolean()),
    }),
  ),
});

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The error a refused answer stands for: the server's own code when it gave a known one. */
function failure(status: number, json: unknown): TeamError {
  const error = (json as { error?: unknown; message?: unknown } | undefined) ?? {};
  const message = typeof error.message === 'string' ? error.message.slice(0, 300) : `HTTP ${status}`;
  const code = KNOWN.find((c) => c === error.error);
  if (code) return new TeamError(code, message);
  if (status === 401) return new TeamError('unauthorised', message);
  if (status === 403) return new TeamError('forbidden', message);
  if (status >= 500) return new TeamError('unavailable', message);
  return new TeamError(json === undefined ? 'bad-answer' : 'invalid', message);
}

export type Fetch = typeof fetch;

export class TeamApi {
  constructor(
    readonly origin: string,
    private readonly token?: string,
    private readonly fetchFn: Fetch = (...a) => fetch(...a),
  ) {}

  withToken(token: string): TeamApi {
    return new TeamApi(this.origin, token, this.fetchFn);
  }

  private async call(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<unknown> {
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    let res: Response;
    try {
      res = await this.fetchFn(`${this.origin}${path}`, {
        method,
        headers: {
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        // Never the browser's cookies or cached answers: the bearer token is the only credential.
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new TeamError('offline', 'the team server did not answer');
    }
    const text = await res.text().catch(() => '');
    const json = parseJson(text);
    if (res.ok) {
      if (json === undefined) throw new TeamError('bad-answer', 'the answer is not a Simak team server’s');
      return json;
    }
    throw failure(res.status, json);
  }

  /**
   * The office's live stream of changes after `since` (Server-Sent Events), as a byte stream
   * open until `signal` ends it or the server closes it. Only the wait for the answer's head
   * times out: the stream itself stays open for as long as a page wants it.
   */
  async stream(officeId: number, since: number, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
    const head = new AbortController();
    const timer = setTimeout(() => head.abort(), REQUEST_TIMEOUT_MS);
    let res: Response;
    try {
      res = await this.fetchFn(`${this.origin}/api/offices/${officeId}/stream?since=${since}`, {
        headers: { accept: 'text/event-stream', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        signal: AbortSignal.any([signal, head.signal]),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (e) {
      if (signal.aborted) throw e;
      throw new TeamError('offline', 'the team server did not answer');
    } finally {
      clearTimeout(timer);
    }
    if (!res.ok || !res.body) throw failure(res.status, parseJson(await res.text().catch(() => '')));
    return res.body;
  }

  private static read<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> {
    const r = v.safeParse(schema, value);
    if (!r.success) throw new TeamError('bad-answer', 'the answer is not a Simak team server’s');
    return r.output;
  }

  async login(username: string, password: string) {
    return TeamApi.read(SignedIn, await this.call('POST', '/api/login', { username, password }));
  }

  async acceptInvite(code: string, username: string, password: string) {
    return TeamApi.read(SignedIn, await this.call('POST', '/api/invites/accept', { code, username, password }));
  }

  async me(): Promise<{ username: string; offices: Office[] }> {
    return TeamApi.read(Me, await this.call('GET', '/api/me'));
  }

  async logout(): Promise<void> {
    await this.call('POST', '/api/logout', {});
  }

  async push(officeId: number, changes: TeamChange[], signal?: AbortSignal): Promise<ChangeResult[]> {
    const r = TeamApi.read(Pushed, await this.call('POST', `/api/offices/${officeId}/changes`, { changes }, signal));
    return r.results.map((x) =>
      x.status === 'applied'
        ? { key: x.key, status: 'applied', seq: x.seq ?? 0 }
        : x.status === 'unchanged'
          ? { key: x.key, status: 'unchanged' }
          : { key: x.key, status: 'rejected', reason: x.reason ?? 'rejected' },
    );
  }

  async pull(officeId: number, since: number, signal?: AbortSignal): Promise<PullPage> {
    const raw = await this.call(
      'GET',
      `/api/offices/${officeId}/changes?since=${since}&limit=${PULL_PAGE}`,
      undefined,
      signal,
    );
    const page = readPullPage(raw);
    if (!page) throw new TeamError('bad-answer', 'the answer is not a Simak team server’s');
    return page;
  }

  /** The office's members who may handle complaints (supervisors and admins may list them). */
  async members(officeId: number): Promise<string[]> {
    const r = TeamApi.read(
      v.object({ members: v.array(v.object({ username: v.string(), role: v.string(), disabled: v.boolean() })) }),
      await this.call('GET', `/api/offices/${officeId}/members`),
    );
    return r.members.filter((m) => m.role !== 'viewer' && !m.disabled).map((m) => m.username);
  }

  /** One complaint as the server has it now (after a change of ours was refused). */
  async complaint(officeId: number, postKey: string): Promise<ComplaintView | undefined> {
    try {
      const raw = await this.call('GET', `/api/offices/${officeId}/complaints/${encodeURIComponent(postKey)}`);
      const r = v.safeParse(ComplaintViewSchema, raw);
      return r.success ? r.output : undefined;
    } catch (e) {
      if (e instanceof TeamError && e.code === 'not-found') return undefined;
      throw e;
    }
  }
}
