// The complaint log: logging and undoing (from a tab), and reading and triaging it (from the
// popup and the dashboard). Every write also patches the worker's search index, and in a team
// is queued for the team server in the same transaction (src/team/local-writes.ts).
import { withRevisionSpan } from '../../db/revision';
import { logShared, TABLES, undoShared, updateShared } from '../../team/local-writes';
import type { Handlers } from '../router';
import type { HandlerContext } from './context';

type ComplaintMessage =
  | 'complaint/log'
  | 'complaint/undo'
  | 'complaints/list'
  | 'complaints/facets'
  | 'complaints/by-category'
  | 'complaint/get'
  | 'complaint/update';

export function complaintHandlers(ctx: HandlerContext): Pick<Handlers, ComplaintMessage> {
  const { deps, index } = ctx;
  return {
    async 'complaint/log'({ post }) {
      await ctx.ready(true);
      const deviceId = await deps.deviceId();
      // The write and the revisions it went between, read in its transaction (see afterWrite).
      const { result, span } = await withRevisionSpan(deps.db, TABLES(deps.db), () =>
        logShared(deps.db, post, ctx.analysisOf(post), deviceId),
      );
      const { changed, ...outcome } = result;
      if (changed) {
        const logged = await deps.db.complaints.get(outcome.id);
        if (logged) await index.afterWrite({ upsert: logged }, span);
        ctx.complaintsChanged();
        ctx.changedLocally();
      }
      return outcome;
    },
    async 'complaint/undo'({ id }) {
      await ctx.ready(true);
      const { result: removed, span } = await withRevisionSpan(deps.db, TABLES(deps.db), () => undoShared(deps.db, id));
      if (removed) {
        await index.afterWrite({ remove: id }, span);
        ctx.complaintsChanged();
        ctx.changedLocally();
      }
      return { removed };
    },
    async 'complaints/list'({ filter, offset, limit }) {
      await ctx.ready(true);
      return index.query(filter, offset, limit);
    },
    async 'complaints/facets'() {
      await ctx.ready(true);
      return index.facets();
    },
    async 'complaints/by-category'({ filter }) {
      await ctx.ready(true);
      return index.countByCategory(filter);
    },
    async 'complaint/get'({ id }) {
      await ctx.ready(true);
      const found = await deps.db.complaints.get(id);
      return found && found.deleted === 0 ? found : null;
    },
    async 'complaint/update'({ id, change }) {
      await ctx.ready(true);
      const { result: updated, span } = await withRevisionSpan(deps.db, TABLES(deps.db), () =>
        updateShared(deps.db, id, change),
      );
      // A change that changed nothing wrote nothing (no span): the copy stays as it is.
      if (span) await index.afterWrite({ upsert: updated }, span);
      ctx.complaintsChanged();
      ctx.changedLocally();
      return updated;
    },
  };
}
