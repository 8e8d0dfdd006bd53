// A fact about tokens that is a small number (a language vote, the phrases that may start at a
// word), kept in a typed array indexed by the token's id instead of behind the record's facts
// list. Common words get small ids and sit side by side, so reading the facts of a whole post
// touches a few cache lines where the record's slots cost a pointer chase per token.
import { type Token, tokenGeneration } from './token';

/** Stands for a token not worked out yet in a table; facts are numbered from 1. */
const UNKNOWN = 0;
/**
 * Codes are kept in two bytes: twice as many tokens share a cache line as with four, about 0.2 µs
 * a post of 5 once the sentiment stages keep their facts by id too. A larger code (a taxonomy
 * with tens of thousands of distinct phrase starts) is not kept but worked out at each ask:
 * slower, never wrong.
 */
const MAX_KEPT = 0xffff;

export class TokenTable {
  private codes = new Uint16Array(1024);
  private generation = tokenGeneration();

  /** `compute` gives a token's code, 1 or more (0 is taken: it marks a token not yet asked). */
  constructor(private readonly compute: (token: Token) => number) {}

  /**
   * Call before reading a post's tokens: forgets every code once the records have been forgotten
   * (ids of an earlier generation name other tokens now). Once per post, not per token.
   */
  forPost(): this {
    const now = tokenGeneration();
    if (now !== this.generation) this.forget(now);
    return this;
  }

  /** Forgets every code, so each token is worked out again (the context it was computed in changed). */
  clear(): void {
    this.codes.fill(UNKNOWN);
  }

  /** The token's code, worked out the first time it is asked. */
  of(token: Token): number {
    const { id } = token;
    if (id >= this.codes.length) this.grow(id);
    let code = this.codes[id] as number;
    if (code === UNKNOWN) {
      code = this.compute(token);
      if (code <= MAX_KEPT) this.codes[id] = code;
    }
    return code;
  }

  private forget(generation: number): void {
    this.clear();
    this.generation = generation;
  }

  /** Room up to `id` and beyond: ids reach a little past TOKEN_LIMIT in the post that fills it. */
  private grow(id: number): void {
    const codes = new Uint16Array(Math.max(2 * this.codes.length, id + 1));
    codes.set(this.codes);
    this.codes = codes;
  }
}

/**
 * Lists a table's codes stand for (the phrases that may start at a word, the queries a word
 * anchors), each numbered once by a key that tells them apart: tokens that share a list share
 * its number, so the lists stay as few as the distinct answers however many tokens come and go.
 */
export class Numbering<V> {
  private values: V[] = [];
  private numbers = new Map<string, number>();

  /** The number of the value with this key, numbering the value `make` makes if the key is new. */
  numberOf(key: string, make: () => V): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(make());
      this.numbers.set(key, n);
    }
    return n;
  }

  valueOf(n: number): V {
    return this.values[n] as V;
  }

  clear(): void {
    this.values = [];
    this.numbers = new Map();
  }
}
