// A post as a site adapter reads it from a page: the one definition, as a valibot schema (the
// worker validates every post it receives against it) with the TypeScript type inferred from
// it. Absent fields were not on the page: never guessed.
import * as v from 'valibot';
import { MAX_ID, MAX_KEY, MAX_NAME, MAX_TEXT, MAX_URL } from './limits';

/** The sites Simak reads, in display order. */
export const SITES = ['x', 'facebook', 'instagram'] as const;
export const SiteSchema = v.picklist(SITES);
export type Site = v.InferOutput<typeof SiteSchema>;

export const POST_KINDS = ['post', 'reply', 'repost', 'quote', 'ad'] as const;
export type PostKind = (typeof POST_KINDS)[number];

const Count = v.optional(v.pipe(v.number(), v.finite(), v.minValue(0)));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Engagement counts as the page shows them; a count the page does not show is absent. */
export const PostCountsSchema = v.object({
  replies: Count,
  reposts: Count,
  likes: Count,
  views: Count,
  comments: Count,
  shares: Count,
});
export type PostCounts = v.InferOutput<typeof PostCountsSchema>;

export const PostSchema = v.object({
  /** `site:postId`, stable across page loads: the post key. */
  key: v.pipe(v.string(), v.minLength(3), v.maxLength(MAX_KEY)),
  site: SiteSchema,
  postId: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID)),
  url: v.optional(text(MAX_URL)),
  author: v.object({ name: v.optional(text(MAX_NAME)), handle: v.optional(text(MAX_ID)) }),
  text: text(MAX_TEXT),
  /** The text was cut by "Show more" / "Lihat selengkapnya". */
  truncated: v.optional(v.boolean()),
  lang: v.optional(text(20)),
  /** ISO 8601. */
  postedAt: v.optional(text(40)),
  counts: PostCountsSchema,
  kind: v.picklist(POST_KINDS),
  /** For a repost: who reposted it. */
  repostedBy: v.optional(text(MAX_ID)),
  /** For a quote: the quoted post. */
  quoted: v.optional(v.object({ postId: v.optional(text(MAX_ID)), text: v.optional(text(MAX_TEXT)) })),
});
export type Post = v.InferOutput<typeof PostSchema>;
