// What the team server sends back (pull pages, the live stream, one complaint), checked here
// before anything reaches the local log: the server is trusted with the office's data, not
// with the extension's storage, so a malformed record is skipped rather than written.
import * as v from 'valibot';
import { PostSchema, SiteSchema } from '../core/post';
import { DaySchema, PrioritySchema, StatusSchema } from '../db/complaint-fields';
import { ComplaintRecordSchema } from '../export/import';

const Str = v.pipe(v.string(), v.maxLength(5_000));
const Num = v.pipe(v.number(), v.finite());

export const ChangeViewSchema = v.object({
  seq: Num,
  postKey: PostSchema.entries.key,
  field: v.pipe(v.string(), v.maxLength(40)),
  from: v.unknown(),
  to: v.unknown(),
  by: v.pipe(v.string(), v.maxLength(40)),
  at: Num,
  key: v.pipe(v.string(), v.maxLength(100)),
});
export type ChangeView = v.InferOutput<typeof ChangeViewSchema>;

export const ComplaintViewSchema = v.object({
  postKey: PostSchema.entries.key,
  site: SiteSchema,
  post: PostSchema,
  analysis: ComplaintRecordSchema.entries.analysis,
  status: StatusSchema,
  priority: PrioritySchema,
  category: v.pipe(v.string(), v.maxLength(100)),
  notes: v.array(Str),
  tags: v.array(v.pipe(v.string(), v.maxLength(100))),
  assignee: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  deleted: v.boolean(),
  createdBy: v.pipe(v.string(), v.maxLength(40)),
  loggers: v.array(v.object({ username: v.pipe(v.string(), v.maxLength(40)), at: Num })),
  createdAt: Num,
  day: DaySchema,
  updatedAt: Num,
  lastSeq: Num,
});
export type ComplaintView = v.InferOutput<typeof ComplaintViewSchema>;

/** A page of changes after a cursor (a pull, or one event of the live stream). */
export const PullPageSchema = v.object({
  changes: v.array(v.unknown()),
  complaints: v.array(v.unknown()),
  cursor: Num,
  more: v.boolean(),
});

export interface PullPage {
  changes: ChangeView[];
  complaints: ComplaintView[];
  cursor: number;
  more: boolean;
}

/** The page with every well-formed change and complaint; a malformed one is dropped alone. */
export function readPullPage(raw: unknown): PullPage | undefined {
  const page = v.safeParse(PullPageSchema, raw);
  if (!page.success) return undefined;
  const keep = <T extends v.GenericSchema>(schema: T, items: unknown[]) =>
    items.flatMap((x) => {
      const r = v.safeParse(schema, x);
      return r.success ? [r.output as v.InferOutput<T>] : [];
    });
  return {
    changes: keep(ChangeViewSchema, page.output.changes),
    complaints: keep(ComplaintViewSchema, page.output.complaints),
    cursor: page.output.cursor,
    more: page.output.more,
  };
}

export const OfficeSchema = v.object({
  id: Num,
  name: v.pipe(v.string(), v.maxLength(100)),
  role: v.picklist(['viewer', 'agent', 'supervisor', 'admin']),
});
export type Office = v.InferOutput<typeof OfficeSchema>;
