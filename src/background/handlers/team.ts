// The team (src/team/): sign in and out, the office, the first upload, claim and assign, and
// the sync status. Page-only messages. Nothing here runs, and nothing is sent, until the user
// signs in from Options → Team.

import { withRevisionSpan } from '../../db/revision';
import { TeamError } from '../../team/api';
import { activeTeam, readTeam } from '../../team/config';
import { assignShared, shareLocal, TABLES } from '../../team/local-writes';
import { serverOrigin } from '../../team/origin';
import { chooseOffice, signIn, signOut } from '../../team/session';
import type { Handlers } from '../router';
import type { HandlerContext } from './context';

type TeamMessage =
  | 'team/status'
  | 'team/sync'
  | 'team/sign-in'
  | 'team/office'
  | 'team/upload'
  | 'team/sign-out'
  | 'team/assign'
  | 'team/members';

export function teamHandlers(ctx: HandlerContext): Pick<Handlers, TeamMessage> {
  const { deps, team: engine, teamApi: api } = ctx;
  return {
    async 'team/status'() {
      await ctx.ready(false);
      return engine.status();
    },
    async 'team/sync'({ live }) {
      await ctx.ready(false);
      // A page is open and wants colleagues' changes as they come.
      if (live) ctx.live.hold();
      await engine.sync();
      return engine.status();
    },
    async 'team/sign-in'(msg) {
      await ctx.ready(false);
      const origin = serverOrigin(msg.server);
      if (!origin) return { failed: { code: 'invalid-address', message: msg.server } };
      if (deps.hostAllowed && !(await deps.hostAllowed(origin)))
        return { failed: { code: 'no-permission', message: origin } };
      try {
        engine.stop();
        ctx.live.close();
        const creds =
          msg.mode === 'invite'
            ? { mode: 'invite' as const, code: msg.code ?? '', username: msg.username, password: msg.password }
            : { mode: 'password' as const, username: msg.username, password: msg.password };
        const { unshared } = await signIn(deps.db, api(origin), creds, Date.now(), () => ctx.index.unsharedCount());
        engine.reset();
        deps.onTeamChanged?.(true);
        void engine.sync().catch(() => undefined);
        return { status: await engine.status(), unshared };
      } catch (e) {
        if (e instanceof TeamError) return { failed: { code: e.code, message: e.message } };
        throw e;
      }
    },
    async 'team/office'({ officeId }) {
      await ctx.ready(false);
      await chooseOffice(deps.db, officeId);
      ctx.live.close();
      engine.reset();
      void engine.sync().catch(() => undefined);
      return engine.status();
    },
    async 'team/upload'() {
      await ctx.ready(true);
      const team = await activeTeam(deps.db);
      if (!team) return { uploaded: 0 };
      const uploaded = await shareLocal(deps.db, team.username, Date.now(), ctx.index);
      if (uploaded > 0) ctx.changedLocally();
      return { uploaded };
    },
    async 'team/sign-out'({ keepData }) {
      await ctx.ready(false);
      engine.stop();
      ctx.live.close();
      const team = await readTeam(deps.db);
      await signOut(deps.db, team ? api(team.server, team.token) : undefined, keepData);
      engine.reset();
      ctx.index.invalidate();
      ctx.complaintsChanged();
      deps.onTeamChanged?.(false);
      return engine.status();
    },
    async 'team/assign'({ id, to }) {
      await ctx.ready(true);
      const { result: updated, span } = await withRevisionSpan(deps.db, TABLES(deps.db), () =>
        assignShared(deps.db, id, to),
      );
      if (span) await ctx.index.afterWrite({ upsert: updated }, span);
      ctx.changedLocally();
      return updated;
    },
    async 'team/members'() {
      await ctx.ready(false);
      const team = await activeTeam(deps.db);
      if (!team || team.stopped || (team.office.role !== 'supervisor' && team.office.role !== 'admin'))
        return { members: [] };
      try {
        return { members: await api(team.server, team.token).members(team.office.id) };
      } catch (e) {
        if (e instanceof TeamError) return { members: [] };
        throw e;
      }
    },
  };
}
