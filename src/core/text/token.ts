// A normalised token as one record, shared by every post that holds it. Words repeat across
// posts ("yang", "bpjs", "gak"), so what each stage of the analysis works out about a token
// (its language vote, its sentiment role, its model weights) is worked out once and kept by the
// token's id in the stage's own table (token-table.ts).

export class Token {
  /** The word without a hashtag's "#": "#kecewa" carries the sentiment of "kecewa". */
  readonly word: string;
  /**
   * The token's number in the current generation of records (see tokenGeneration): small and
   * dense, so facts can sit in typed arrays indexed by it, the commonest words side by side.
   */
  readonly id: number;
  /**
   * What the token tells about the post as a whole (token-clues.ts: its language vote and
   * signals, and the English reading's marks), 0 until first asked. Kept on the record itself,
   * not in a table by id: every post asks it of every token first, holding the record already,
   * and the answer depends on the token's text alone, so it lives and goes with the record.
   */
  clue = 0;

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

/** How many records there are: every id of the current generation is below it. */
export function tokenCount(): number {
  return records.size;
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
