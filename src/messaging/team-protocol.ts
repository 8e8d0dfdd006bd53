// Extension pages → worker: the team (src/team/). Page-only: a content script may neither sign
// in, read who handles what, nor claim; the worker refuses these from a tab (router.ts).
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** A team username, as the server spells them. */
const Username = v.pipe(v.string(), v.regex(/^[a-z0-9._-]{2,40}$/));

export const TEAM_REQUESTS = [
  /** Who is signed in where, and how the sync stands (popup line, options page). */
  v.object({ type: v.literal('team/status') }),
  /**
   * Sync now and answer the status (the popup and dashboard ask every few seconds while open).
   * `live`: a page asks, so the worker holds the office's live stream open meanwhile.
   */
  v.object({ type: v.literal('team/sync'), live: v.optional(v.boolean()) }),
  /** Sign in to a team server (the page has asked for access to that server's origin first). */
  v.object({
    type: v.literal('team/sign-in'),
    server: v.pipe(v.string(), v.maxLength(300)),
    mode: v.picklist(['password', 'invite']),
    username: v.pipe(v.string(), v.maxLength(40)),
    password: v.pipe(v.string(), v.maxLength(200)),
    code: v.optional(v.pipe(v.string(), v.maxLength(40))),
  }),
  /** Work in this office (an account may belong to several). */
  v.object({ type: v.literal('team/office'), officeId: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  /** Share this device's complaints logged before joining (the user said yes, having seen the count). */
  v.object({ type: v.literal('team/upload') }),
  /** Leave the team, keeping or clearing the team's complaints on this device. */
  v.object({ type: v.literal('team/sign-out'), keepData: v.boolean() }),
  /** Claim (to = me), assign to a colleague, or release (to = null) a shared complaint. */
  v.object({ type: v.literal('team/assign'), id: Id, to: v.nullable(Username) }),
  /** The office's members a complaint may be assigned to (empty unless the role may assign). */
  v.object({ type: v.literal('team/members') }),
] as const;

/** Reads, and writes that give the same result when repeated. */
export const TEAM_SAFE_TO_REPEAT = ['team/status', 'team/sync', 'team/office', 'team/upload', 'team/members'] as const;
