// How much of a post Simak takes in. Post text is untrusted and may be huge: capped so one
// strange post cannot flood the worker. The site adapters cut text to MAX_TEXT as they read it,
// and the worker refuses anything larger than these, so both sides read the numbers from here.

/** Characters of post text (and of a quoted post's text, and of a sample to check queries on). */
export const MAX_TEXT = 20_000;
/** Characters of a post key (`site:postId`). */
export const MAX_KEY = 300;
/** Characters of a post id, a handle or a reposter's name. */
export const MAX_ID = 200;
/** Characters of an author's display name. */
export const MAX_NAME = 500;
/** Characters of a post's link. */
export const MAX_URL = 2_000;
/** Posts in one `posts/seen` batch. */
export const MAX_BATCH = 200;
