// Facts about tokens kept in typed arrays indexed by the token's id: a small code (a language
// vote, the phrases that may start at a word) in a TokenTable, a row of numbers (the sentiment
// model's offsets, a polarity role) in TokenRows. An object's fields would each be a pointer to
// chase, its numbers boxed one by one and strewn over the heap; here the commonest words (which
// get the smallest ids) sit side by side, so the facts of a whole post come in a few cache lines,
// mostly ones the previous post already brought in.
//
// Every table keeps its facts in one record per token (RECORDS): each kind of table claims a few
// of the record's numbers (a RecordPlace), so that the six stages that ask about a token find
// their facts in the one record the first stage brought into cache, where six tables of their
// own cost a cache miss each for every rare word of a post.
import { TOKEN_LIMIT, type Token, tokenCount, tokenGeneration } from './token';

/** A token's record starts at `id << RECORD_SHIFT` (a shift: no overflow check, as a product has). */
export const RECORD_SHIFT = 5;
/**
 * Whole numbers in a token's record: 128 bytes, the two cache lines the processor fetches
 * together. The analysis's tables take 31 of them (the sentiment model, both languages'
 * polarity roles, the post model, the phrase index's two, the watch list's two, the English
 * complaint's two).
 */
export const RECORD_INTS = 1 << RECORD_SHIFT;
/** Records for every id of a generation, and the tokens of the post that ends it. */
const ROWS = TOKEN_LIMIT + 1024;
/**
 * Records past ROWS where the row of a token beyond them (a post of thousands of new words read
 * as the records fill) is filled afresh each time it is asked, never kept: taken in turn, and a
 * walk holds at most two rows at once (a word's and the next word's, polarity.ts).
 */
const SCRATCH_ROWS = 4;
/** Where the records of ids beyond ROWS would start: none is kept from here on. */
const KEPT_INTS = ROWS * RECORD_INTS;

/**
 * The records of every token, made whole at start and never replaced (6.5 MB of zeroes, whose
 * pages the system gives only as ids reach them). A walk over a post reads them through a
 * `const` of its own module (`const records = RECORDS`): the compiler then writes their address
 * and length into the walk's code, and each read is a compare and a load, where an array read
 * through a field, a local that may be replaced or an import is checked, and its address and
 * length loaded, again at each read (about five instructions more; callgrind).
 */
export const RECORDS = new Int32Array((ROWS + SCRATCH_ROWS) * RECORD_INTS);
/** The same records as doubles (a double takes two whole numbers, at an even place): see TokenRows.floatAt. */
export const RECORD_FLOATS = new Float64Array(RECORDS.buffer);

let claimed = 0;
let generation = tokenGeneration();
let scratch = 0;

/**
 * Forgets every record once the token records have been forgotten (their ids name other tokens
 * now). Once per post, before a table reads it.
 */
function recordsForPost(): void {
  const now = tokenGeneration();
  if (now !== generation) {
    generation = now;
    RECORDS.fill(0);
  }
}

/** How many records hold facts of this generation: every token's. */
function recordsInUse(): number {
  return Math.min(tokenCount(), ROWS);
}

/**
 * The numbers a kind of table keeps in every token's record, claimed once (a module's constant)
 * for all the tables of that kind: one of them at a time keeps its facts there, the one that
 * last read a post (see ByTokenId.forPost). The worker holds one table of each kind (one sentiment
 * model, one watch list in force…); another of the kind (a query checked on the options page
 * against the default taxonomy, a model made in a test) takes the place over by clearing it, and
 * hands it back the same way: a pass over the records, 0.1 to 0.4 ms at the limit.
 */
export class RecordPlace {
  /** Where the kind's numbers start in a token's record: at `id * RECORD_INTS + offset` in RECORDS. */
  readonly offset: number;
  /** The table whose facts the place holds. */
  holder: object | undefined = undefined;

  /** `even`: the table keeps doubles, which start at an even place. */
  constructor(
    readonly width: number,
    even: boolean,
  ) {
    const at = even ? claimed + (claimed & 1) : claimed;
    // The layout is fixed when the modules load: a table more than fit is a mistake found at start.
    if (at + width > RECORD_INTS) throw new Error(`a token's record has no room for ${width} numbers more`);
    claimed = at + width;
    this.offset = at;
  }

  /** Sets the place's numbers of every record in use to 0. */
  clear(): void {
    const { offset, width } = this;
    const end = recordsInUse() * RECORD_INTS;
    for (let at = offset; at < end; at += RECORD_INTS) for (let k = 0; k < width; k++) RECORDS[at + k] = 0;
  }
}

/** What every table by token id shares: its kind's place in the records, and forgetting them with the token records. */
abstract class ByTokenId {
  constructor(protected readonly place: RecordPlace) {}

  /**
   * Call before reading a post's tokens: forgets everything once the records have been
   * forgotten since the last post, and takes the place over from another table of the kind.
   * Once per post, not per token. A walk then finds a token's place itself, at
   * `id * stride + rowOffset` in RECORDS, with no call a token.
   */
  forPost(): this {
    recordsForPost();
    const { place } = this;
    if (place.holder !== this) {
      place.clear();
      place.holder = this;
    }
    return this;
  }

  /** The records' whole numbers (RECORDS; a walk reads its module's own constant instead). */
  get ints(): Int32Array {
    return RECORDS;
  }

  /** How many whole numbers a record takes: a token's place starts at `id * stride + rowOffset`. */
  get stride(): number {
    return RECORD_INTS;
  }

  /** Where the table's numbers start in a token's record. */
  get rowOffset(): number {
    return this.place.offset;
  }

  /** Forgets every token's facts, so each is worked out again when next asked. */
  clear(): void {
    if (this.place.holder === this) this.place.clear();
  }
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
  /** A place for a kind of TokenTable. */
  static place(): RecordPlace {
    return new RecordPlace(1, false);
  }

  /** `compute` gives a token's code, 1 or more (0 is taken: it marks a token not yet asked). */
  constructor(
    place: RecordPlace,
    private readonly compute: (token: Token) => number,
  ) {
    super(place);
  }

  /**
   * The code of a token whose place at `at` holds none yet (UNKNOWN), worked out and kept. A
   * walk reads a code as `records[at] | 0`: a token past the kept records (whose place reads as
   * undefined, or 0) is asked here at each read.
   */
  codeAt(token: Token, at: number): number {
    const code = this.compute(token);
    if (code <= MAX_KEPT && at < KEPT_INTS) RECORDS[at] = code;
    return code;
  }

  /** The token's code, worked out the first time it is asked. */
  of(token: Token): number {
    const at = token.id * RECORD_INTS + this.place.offset;
    const code = at < KEPT_INTS ? (RECORDS[at] as number) : UNKNOWN;
    return code !== UNKNOWN ? code : this.codeAt(token, at);
  }
}

/**
 * A row of `intsPerRow` whole numbers and `floatsPerRow` numbers per token, in the token's
 * record. The row's first whole number is the table's own (ROW_FILLED once the row is filled, 0
 * before): a caller's fields start at 1. A mark in the row itself, not in an array of its own, so
 * that asking a token's row reads the one cache line its fields are on.
 */
export class TokenRows extends ByTokenId {
  /** A place for a kind of TokenRows, each row `intsPerRow` whole numbers and `floatsPerRow` doubles. */
  static place(intsPerRow: number, floatsPerRow: number): RowsPlace {
    return new RowsPlace(intsPerRow, floatsPerRow);
  }

  /** `fill` writes every field of the token's row, the row at `at` in RECORDS. */
  constructor(
    protected override readonly place: RowsPlace,
    private readonly fill: (token: Token, at: number, rows: TokenRows) => void,
  ) {
    super(place);
  }

  /** Every record's numbers, as doubles over the same memory: see floatAt. */
  get floats(): Float64Array {
    return RECORD_FLOATS;
  }

  /** Where the token's row starts in RECORDS, filled the first time the token is asked for. */
  row(token: Token): number {
    const at = token.id * RECORD_INTS + this.place.offset;
    return at < KEPT_INTS && RECORDS[at] === ROW_FILLED ? at : this.fillAt(token, at);
  }

  /**
   * Fills the row at `at` of a token whose row is not filled (its first number is not
   * ROW_FILLED, or it is past the records: `records[at]` is undefined) and tells where the row
   * is: at `at`, or in one of the scratch records for a token past those kept.
   */
  fillAt(token: Token, at: number): number {
    if (at >= KEPT_INTS) {
      // Filled afresh and never marked: the record is another token's at the next ask.
      const row = KEPT_INTS + scratch * RECORD_INTS + this.place.offset;
      scratch = (scratch + 1) % SCRATCH_ROWS;
      this.fill(token, row, this);
      return row;
    }
    this.fill(token, at, this);
    RECORDS[at] = ROW_FILLED;
    return at;
  }

  /** Where the first of the numbers of the row at `at` is in RECORD_FLOATS. */
  floatAt(at: number): number {
    return (at + this.place.floatsFrom) >> 1;
  }
}

/** The place of a kind of TokenRows: the mark and whole numbers, then the doubles from an even place. */
export class RowsPlace extends RecordPlace {
  /** Where the row's doubles start, from its first whole number. */
  readonly floatsFrom: number;

  constructor(intsPerRow: number, floatsPerRow: number) {
    const floatsFrom = intsPerRow + (intsPerRow & 1);
    super(floatsPerRow > 0 ? floatsFrom + 2 * floatsPerRow : intsPerRow, floatsPerRow > 0);
    this.floatsFrom = floatsFrom;
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
