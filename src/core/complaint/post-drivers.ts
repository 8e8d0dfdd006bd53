// What a complaint's drivers are made of: the words the post model saw in the post (post-model.ts
// keeps them here as it walks the post), the heaviest towards the complaint or its category
// first. Kept in reused arrays: a third of the posts are complaints, and an array a word showed.
import type { Token } from '../text/token';

/** The most drivers a complaint reports. */
const MAX_DRIVERS = 4;
/** The words kept a post: past them (a very long post) the rest are not drivers. */
const ROOM = 256;
/** A word drives only if it weighs more than this towards the complaint or its category. */
const MIN_WEIGHT = 0.3;

/**
 * The post's word features and the tokens they came from, in the order they came; the post
 * model weighs each (`weights`), and `drivers` takes the heaviest.
 */
export class SeenWords {
  /** The word features seen, `count` of them, and where in the post each was (its token's place). */
  readonly features = new Int32Array(ROOM);
  readonly positions = new Int32Array(ROOM);
  /** What the post model weighs each seen word at, towards the complaint or its category. */
  readonly weights = new Float64Array(ROOM);
  count = 0;
  /** The drivers' scratch: the words that weigh, as where they are among the seen, heaviest first. */
  private readonly order = new Int32Array(ROOM);

  /** Forgets the last post's words. */
  clear(): void {
    this.count = 0;
  }

  /**
   * Keeps word feature `i`, seen as the post's token at `position` (once per post: the caller
   * stamps it). A place, not the token: a number stored, no pointer (the post model's walk writes
   * the arrays itself).
   */
  add(i: number, position: number): void {
    if (this.count < ROOM) {
      this.features[this.count] = i;
      this.positions[this.count] = position;
      this.count++;
    }
  }

  /**
   * `out` (the category's phrases) and then the words whose `weights` pass MIN_WEIGHT, heaviest
   * first, the earlier first among equals; each once, at most four. `tokens`: the post's, where
   * the words were seen.
   */
  drivers(out: string[], tokens: readonly Token[]): string[] {
    // An insertion sort of the words that weigh: a handful a post.
    const { weights, order } = this;
    let n = 0;
    for (let s = 0; s < this.count; s++) {
      const weight = weights[s] as number;
      if (!(weight > MIN_WEIGHT)) continue;
      let j = n++;
      for (; j > 0 && (weights[order[j - 1] as number] as number) < weight; j--) order[j] = order[j - 1] as number;
      order[j] = s;
    }
    for (let k = 0; k < n && out.length < MAX_DRIVERS; k++)
      pushOnce(out, (tokens[this.positions[order[k] as number] as number] as Token).word);
    if (out.length > MAX_DRIVERS) out.length = MAX_DRIVERS;
    return out;
  }
}

/** Adds `s` to `out` unless it is there. */
export function pushOnce(out: string[], s: string): void {
  if (!out.includes(s)) out.push(s);
}
