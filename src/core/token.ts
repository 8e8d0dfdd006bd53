// A normalised token as one record, shared by every post that holds it. Words repeat across
// posts ("yang", "bpjs", "gak"), so what each stage of the analysis works out about a token
// (its language vote, its sentiment role, its model weights) is kept on the record, and a
// stage reads a field where it would otherwise look the token up in a table of its own.
/**
 * Slots on each token for facts: the analysis takes six. Past them a fact is worked out afresh
 * each time (a test that makes many models): the records stay small.
 */
const MAX_SLOTS = 12;
let slots = 0;

/** The first of `n` slots no fact holds yet. */
function takeSlots(n: number): number {
  const first = slots;
  slots += n;
  return first;
}

export class Token {
  /** The word without a hashtag's "#": "#kecewa" carries the sentiment of "kecewa". */
  readonly word: string;
  /**
   * The token's number in the current generation of records (see tokenGeneration): small and
   * dense, so facts can sit in typed arrays indexed by it, the commonest words side by side.
   */
  readonly id: number;
  /**
   * Facts kept by TokenFact and LatestFact, in slots they take once each. Filled up front: a list
   * grown by writing at its far end takes far more room than it holds.
   */
  readonly facts: unknown[] = new Array(MAX_SLOTS).fill(undefined);

  constructor(
    readonly text: string,
    id: number,
  ) {
    this.word = text.charCodeAt(0) === 35 /* # */ ? text.slice(1) : text;
    this.id = id;
  }
}

/** How many records are kept before all are forgotten: keeps memory flat over a long day. */
export const TOKEN_LIMIT = 50_000;
const records = new Map<string, Token>();
let generation = 0;

/** The one record of a token's text in the current generation. */
export function tokenOf(text: string): Token {
  let t = records.get(text);
  if (t === undefined) {
    t = new Token(text, records.size);
    records.set(text, t);
  }
  return t;
}

/**
 * Forgets every record once there are too many, and starts a new generation whose ids count
 * from 0 again. Called before a post is read, never in the middle of one, so the tokens of one
 * post always share a generation; whatever keeps facts by id must drop them when it changes.
 */
export function forgetTokensIfFull(): void {
  if (records.size < TOKEN_LIMIT) return;
  records.clear();
  generation++;
}

/** Changes each time the records are forgotten: ids of an earlier generation mean nothing now. */
export function tokenGeneration(): number {
  return generation;
}

/**
 * Something worked out about a token in one context that lives as long as the page (a
 * language's word lists, the sentiment model), kept on the token the first time it is asked.
 */
export class TokenFact<V extends NonNullable<unknown> | null> {
  private readonly slot = takeSlots(1);

  constructor(private readonly compute: (token: Token) => V) {}

  /** The fact, never undefined: `compute` says "none" with null. */
  of(token: Token): V {
    if (this.slot >= MAX_SLOTS) return this.compute(token);
    let v = token.facts[this.slot] as V | undefined;
    if (v === undefined) {
      v = this.compute(token);
      token.facts[this.slot] = v;
    }
    return v;
  }
}

/**
 * Something worked out about a token against a context the user changes now and then (the watch
 * list): kept for the latest context only, so that facts about old lists do not pile up. A
 * token keeps its last context until it is read against the new one.
 */
export class LatestFact<C, V> {
  /** Two slots: the context, then the value. */
  private readonly slot = takeSlots(2);

  constructor(private readonly compute: (token: Token, context: C) => V) {}

  of(token: Token, context: C): V {
    const { slot } = this;
    if (slot + 1 >= MAX_SLOTS) return this.compute(token, context);
    const { facts } = token;
    if (facts[slot] === context) return facts[slot + 1] as V;
    const value = this.compute(token, context);
    facts[slot] = context;
    facts[slot + 1] = value;
    return value;
  }
}

/**
 * Facts about tokens kept in typed arrays by token id, a row of `intsPerRow` whole numbers and
 * `floatsPerRow` numbers per token. An object's number fields are boxed one by one and strewn
 * over the heap; here a token's facts are one row, and the rows of the commonest words (which
 * get the smallest ids) sit side by side, mostly in cache lines the previous post brought in.
 *
 * Rows belong to one generation of token records: call `startPost` before reading a post's
 * tokens, and it drops them all when the records were forgotten since.
 */
export class TokenRows {
  ints: Int32Array;
  floats: Float64Array;
  /** 1 where the token with that id has its row filled in this generation. */
  private filled: Uint8Array;
  private generation = tokenGeneration();

  /** `fill` writes every number of the token's row, the row `row` (the token's id). */
  constructor(
    private readonly intsPerRow: number,
    private readonly floatsPerRow: number,
    private readonly fill: (token: Token, row: number, rows: TokenRows) => void,
  ) {
    this.filled = new Uint8Array(INITIAL_ROWS);
    this.ints = new Int32Array(INITIAL_ROWS * intsPerRow);
    this.floats = new Float64Array(INITIAL_ROWS * floatsPerRow);
  }

  /** Drops every row if the token records were forgotten since the last post. Once per post. */
  startPost(): void {
    if (this.generation === tokenGeneration()) return;
    this.generation = tokenGeneration();
    this.filled.fill(0);
  }

  /** The token's row (its id), filled the first time the token is asked for. */
  row(token: Token): number {
    const { id } = token;
    if (id >= this.filled.length) this.grow(id + 1);
    if (this.filled[id] === 0) {
      this.fill(token, id, this);
      this.filled[id] = 1;
    }
    return id;
  }

  /** Room for at least `rows` rows: twice as many as now, so that growing is rare. */
  private grow(rows: number): void {
    let n = this.filled.length * 2;
    while (n < rows) n *= 2;
    const filled = new Uint8Array(n);
    filled.set(this.filled);
    const ints = new Int32Array(n * this.intsPerRow);
    ints.set(this.ints);
    const floats = new Float64Array(n * this.floatsPerRow);
    floats.set(this.floats);
    this.filled = filled;
    this.ints = ints;
    this.floats = floats;
  }
}

/** Rows a table starts with: a day's common words fit; the rare ones grow it. */
const INITIAL_ROWS = 4096;
