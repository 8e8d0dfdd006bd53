// What the settings and the language need from the worker: the badge strings in the chosen
// language, and watch queries checked by the very parser and word folding the worker scores with.
import { analyze, knowsWord } from '../../core/analyze';
import { compileWatchQueries, parseQuery } from '../../core/query';
import { pageStrings } from '../page-strings';
import type { Handlers } from '../router';
import type { HandlerContext } from './context';

export function settingsHandlers(ctx: HandlerContext): Pick<Handlers, 'page/strings' | 'queries/check'> {
  return {
    async 'page/strings'({ language }) {
      await ctx.ready(false);
      return pageStrings(language, ctx.deps.browserLocale?.() ?? 'id');
    },
    async 'queries/check'({ sources, sample }) {
      await ctx.ready(false);
      // The same parser and word folding the worker scores with, so the preview tells the truth.
      const errors = sources.map((source) => {
        const parsed = parseQuery(source, knowsWord);
        return parsed.ok ? null : parsed.error;
      });
      const { compiled } = compileWatchQueries(
        sources.map((source) => ({ id: source, source })),
        knowsWord,
      );
      return { errors, matches: sample.trim() ? analyze(sample, { queries: compiled }).matches : [] };
    },
  };
}
