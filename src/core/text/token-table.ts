// Facts about tokens kept in typed arrays indexed by the token's id: a small code (a language
// vote, the phrases that may start at a word) in a TokenTable, a row of numbers (the sentiment
// model's offsets, a polarity role) in TokenRows. An object's fields would each be a pointer to
// chase, its numbers boxed one by one and strewn over the heap; here the commonest words (which
// get the smallest ids) sit side by side, so the facts of a whole post come in a few cache lines,
// mostly ones the previous post already brought in.
//
// The tables of the analysis share one record per token (RowStore): each claims a few of the
// record's numbers, so that the six stages that ask about a token find their facts in the one
// record the first stage brought into cache, where six tables of their own cost a cache miss
// each for every rare word of a post.
import { TOKEN_LIMIT, type Token, tokenCount, tokenGeneration } from './token';
import { grown } from './typed-array';

/**
 * Whole numbers in the shared record: 128 bytes, the two cache lines the processor fetches
 * together. The analysis's tables take 29 of them (the sentiment model, both
 * languages' polarity roles, the post model, the taxonomy's phrases, the first watch list); a
 * table made once the record is full (a second model, a watch list compiled anew) keeps a store
 * of its own: the same answers, a cache miss more.
 */
const SHARED_INTS = 32;
/** Records a store starts with: a day's common words fit; the rare ones grow it. */
const INITIAL_ROWS = 4096;
/** Records for every id of a generation, and the tokens of the post that ends it. */
const ROWS_ENOUGH = TOKEN_LIMIT + 1024;

/**
 * Records by token id, `stride` whole numbers each, in one buffer seen both as whole numbers and
 * as doubles (a double takes two whole numbers, at an even place). Every record is forgotten at
 * the first post of a new generation of token records, since their ids name other tokens now.
 */
class RowStore {
  ints: Int32Array;
  floats: Float64Array;
  private claimed = 0;
  private generation = tokenGeneration();

  constructor(readonly stride: number) {
    this.ints = new Int32Array(INITIAL_ROWS * stride);
    this.floats = new Float64Array(this.ints.buffer);
  }

  /** The place in each record of `n` numbers for a table (even if it keeps doubles), or -1 if they do not fit. */
  claim(n: number, even: boolean): number {
    const at = even ? this.claimed + (this.claimed & 1) : this.claimed;
    if (at + n > this.stride) return -1;
    this.claimed = at + n;
    return at;
  }

  /** Once per post: forgets every record once the token records have been forgotten. */
  forPost(): void {
    const now = tokenGeneration();
    if (now !== this.generation) {
      this.generation = now;
      this.ints.fill(0);
    }
  }

  /** Room for the record of `id` and beyond: ids reach a little past TOKEN_LIMIT in the post that fills it. */
  grow(id: number): void {
    let rows = (this.ints.length / this.stride) * 2;
    while (rows <= id) rows *= 2;
    // Ids stay below TOKEN_LIMIT (but in the post that reaches it): doubling past it would leave
    // a quarter of the records unused for good.
    if (id < ROWS_ENOUGH && rows > ROWS_ENOUGH) rows = ROWS_ENOUGH;
    this.ints = grown(this.ints, rows * this.stride);
    this.floats = new Float64Array(this.ints.buffer);
  }

  /** Sets `n` numbers from `from` of every record to 0. */
  clearFields(from: number, n: number): void {
    const { ints, stride } = this;
    for (let at = from; at < ints.length; at += stride) for (let k = 0; k < n; k++) ints[at + k] = 0;
  }
}

const shared = new RowStore(SHARED_INTS);

/** `n` numbers of every token's record: in the shared record if they fit, else in a store of the table's own. */
function place(n: number, even: boolean): { store: RowStore; offset: number } {
  const offset = shared.claim(n, even);
  if (offset >= 0) return { store: shared, offset };
  const own = new RowStore(n + (n & 1));
  return { store: own, offset: own.claim(n, even) };
}

/** What every table by token id shares: its place in the records, and forgetting them with the token records. */
abstract class ByTokenId {
  protected readonly store: RowStore;
  /** Where the table's numbers start in a record. */
  protected readonly offset: number;

  /** `even`: the table keeps doubles, which start at an even place. */
  constructor(
    protected readonly width: number,
    even: boolean,
  ) {
    ({ store: this.store, offset: this.offset } = place(width, even));
  }

  /**
   * Call before reading a post's tokens: forgets everything once the records have been
   * forgotten since the last post. Once per post, not per token.
   */
  forPost(): this {
    this.store.forPost();
    return this;
  }

  /**
   * Before a walk over a post's tokens that finds their places itself (see TokenRows.fillAt,
   * TokenTable.codeAt): forgets the records if they have been forgotten since the last post, and
   * makes room for the record of every token there is, so that no token of the post needs the
   * store to grow. The walk then reads `ints` once, a token's place at `id * stride + rowOffset`,
   * with no call a token.
   */
  reserve(): void {
    const { store } = this;
    store.forPost();
    const count = tokenCount();
    if (count * store.stride > store.ints.length) store.grow(count - 1);
  }

  /** Every record's whole numbers: read it after working out a token's facts (that may grow it). */
  get ints(): Int32Array {
    return this.store.ints;
  }

  /** How many whole numbers a record takes: a token's place starts at `id * stride + rowOffset`. */
  get stride(): number {
    return this.store.stride;
  }

  /** Where the table's numbers start in a token's record. */
  get rowOffset(): number {
    return this.offset;
  }

  /** Forgets every token's facts, so each is worked out again when next asked. */
  abstract clear(): void;
}

/** The mark of a filled row of TokenRows, in its first whole number. */
export const ROW_FILLED = 1;

/** Stands for a token not worked out yet in a table; facts are numbered from 1. */
export const UNKNOWN = 0;
/**
 * A larger code (a taxonomy with tens of thousands of distinct phrase starts) is not kept but
 * worked out at each ask: slower, never wrong.
 */
const MAX_KEPT = 0xffff;

/** One small number per token. */
export class TokenTable extends ByTokenId {
  /** `compute` gives a token's code, 1 or more (0 is taken: it marks a token not yet asked). */
  constructor(private readonly compute: (token: Token) => number) {
    super(1, false);
  }

  /** Also when the context the codes were worked out in changed (a new watch list). */
  clear(): void {
    this.store.clearFields(this.offset, this.width);
  }

  /**
   * The code of a token whose place at `at` holds none yet (UNKNOWN), worked out and kept. May
   * grow the store: read `ints` anew after it.
   */
  codeAt(token: Token, at: number): number {
    const code = this.compute(token);
    if (code <= MAX_KEPT) this.store.ints[at] = code;
    return code;
  }

  /** The token's code, worked out the first time it is asked. */
  of(token: Token): number {
    const { id } = token;
    const { store } = this;
    const at = id * store.stride + this.offset;
    if (at >= store.ints.length) store.grow(id);
    let code = store.ints[at] as number;
    if (code === UNKNOWN) {
      code = this.compute(token);
      // Read anew: working the code out may have grown the store (a table asking another).
      if (code <= MAX_KEPT) store.ints[at] = code;
    }
    return code;
  }
}

/**
 * A row of `intsPerRow` whole numbers and `floatsPerRow` numbers per token, in the token's
 * record. The row's first whole number is the table's own (ROW_FILLED once the row is filled, 0
 * before): a caller's fields start at 1. A mark in the row itself, not in an array of its own, so
 * that asking a token's row reads the one cache line its fields are on.
 */
export class TokenRows extends ByTokenId {
  /** Where the row's numbers start, from its first whole number: at an even place. */
  private readonly floatsFrom: number;

  /** `fill` writes every field of the token's row, the row at `at` in `ints`. */
  constructor(
    intsPerRow: number,
    floatsPerRow: number,
    private readonly fill: (token: Token, at: number, rows: TokenRows) => void,
  ) {
    const floatsFrom = intsPerRow + (intsPerRow & 1);
    super(floatsPerRow > 0 ? floatsFrom + 2 * floatsPerRow : intsPerRow, floatsPerRow > 0);
    this.floatsFrom = floatsFrom;
  }

  /** Every record's numbers, as doubles over the same memory: see floatAt. */
  get floats(): Float64Array {
    return this.store.floats;
  }

  clear(): void {
    this.store.clearFields(this.offset, 1);
  }

  /** Where the token's row starts in `ints`, filled the first time the token is asked for. */
  row(token: Token): number {
    const { id } = token;
    const { store } = this;
    const at = id * store.stride + this.offset;
    if (at >= store.ints.length) store.grow(id);
    if (store.ints[at] !== ROW_FILLED) {
      this.fill(token, at, this);
      store.ints[at] = ROW_FILLED;
    }
    return at;
  }

  /**
   * Fills the row at `at` of a token whose row is not filled (its first number is not
   * ROW_FILLED). Filling may grow the store (a table asking another): read `ints` anew after it.
   */
  fillAt(token: Token, at: number): void {
    this.fill(token, at, this);
    this.store.ints[at] = ROW_FILLED;
  }

  /** Where the first of the numbers of the row at `at` is in `floats`. */
  floatAt(at: number): number {
    return (at + this.floatsFrom) >> 1;
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
