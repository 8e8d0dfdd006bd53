// Facts about tokens kept in typed arrays indexed by the token's id: a small code (a language
// vote, the phrases that may start at a word) in a TokenTable, a row of numbers (the sentiment
// model's offsets, a polarity role) in TokenRows. An object's fields would each be a pointer to
// chase, its numbers boxed one by one and strewn over the heap; here the commonest words (which
// get the smallest ids) sit side by side, so the facts of a whole post come in a few cache lines,
// mostly ones the previous post already brought in.
import { type Token, tokenGeneration } from './token';
import { grown } from './typed-array';

/**
 * What every table by token id shares: it belongs to one generation of token records, since
 * ids of an earlier generation name other tokens now.
 */
abstract class ByTokenId {
  private generation = tokenGeneration();

  /**
   * Call before reading a post's tokens: forgets everything once the records have been
   * forgotten since the last post. Once per post, not per token.
   */
  forPost(): this {
    const now = tokenGeneration();
    if (now !== this.generation) {
      this.generation = now;
      this.clear();
    }
    return this;
  }

  /** Forgets every token's facts, so each is worked out again when next asked. */
  abstract clear(): void;
}

/** Stands for a token not worked out yet in a table; facts are numbered from 1. */
const UNKNOWN = 0;
/**
 * Codes are kept in two bytes: twice as many tokens share a cache line as with four, about 0.2 µs
 * a post of 5 once the sentiment stages keep their facts by id too. A larger code (a taxonomy
 * with tens of thousands of distinct phrase starts) is not kept but worked out at each ask:
 * slower, never wrong.
 */
const MAX_KEPT = 0xffff;

/** One small number per token. */
export class TokenTable extends ByTokenId {
  private codes = new Uint16Array(1024);

  /** `compute` gives a token's code, 1 or more (0 is taken: it marks a token not yet asked). */
  constructor(private readonly compute: (token: Token) => number) {
    super();
  }

  /** Also when the context the codes were worked out in changed (a new watch list). */
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

  /** Room up to `id` and beyond: ids reach a little past TOKEN_LIMIT in the post that fills it. */
  private grow(id: number): void {
    this.codes = grown(this.codes, Math.max(2 * this.codes.length, id + 1));
  }
}

/**
 * A row of `intsPerRow` whole numbers and `floatsPerRow` numbers per token, at the token's id
 * times the row's width. The row's first whole number is the table's own (ROW_FILLED once the
 * row is filled, 0 before): a caller's fields start at 1. A mark in the row itself, not in an
 * array of its own, so that asking a token's row reads the one cache line its fields are on.
 */
export class TokenRows extends ByTokenId {
  ints: Int32Array;
  floats: Float64Array;

  /** `fill` writes every field of the token's row, the row `row` (the token's id). */
  constructor(
    private readonly intsPerRow: number,
    private readonly floatsPerRow: number,
    private readonly fill: (token: Token, row: number, rows: TokenRows) => void,
  ) {
    super();
    this.ints = new Int32Array(INITIAL_ROWS * intsPerRow);
    this.floats = new Float64Array(INITIAL_ROWS * floatsPerRow);
  }

  clear(): void {
    this.ints.fill(0);
  }

  /** The token's row (its id), filled the first time the token is asked for. */
  row(token: Token): number {
    const { id } = token;
    const at = id * this.intsPerRow;
    if (at >= this.ints.length) this.grow(id + 1);
    if (this.ints[at] !== ROW_FILLED) {
      this.fill(token, id, this);
      this.ints[at] = ROW_FILLED;
    }
    return id;
  }

  /** Room for at least `rows` rows: twice as many as now, so that growing is rare. */
  private grow(rows: number): void {
    let n = (this.ints.length / this.intsPerRow) * 2;
    while (n < rows) n *= 2;
    this.ints = grown(this.ints, n * this.intsPerRow);
    this.floats = grown(this.floats, n * this.floatsPerRow);
  }
}

/** The mark of a filled row, in its first whole number. */
const ROW_FILLED = 1;

/** Rows a table starts with: a day's common words fit; the rare ones grow it. */
const INITIAL_ROWS = 4096;

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
