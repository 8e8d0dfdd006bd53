// The types of the events a Server-Sent Events stream dispatches, read from its bytes without
// decoding its data. The office's stream (live.ts) sends each change page as an event's data,
// and the worker needs only to know that a `changes` event came: it then pulls the same page
// by cursor. A parser of the whole format (eventsource-parser, used before) must decode every
// byte to text and join each event's data: a second copy of every pulled page made and thrown
// away in the worker (about 0.5 MB of young heap and 2 ms per page of 250 complaints), while a
// search waited behind the collections. Here a data line's bytes are only looked at for its end.
//
// The format (the HTML standard's "event stream interpretation"): lines end with CRLF, LF or
// CR; a line starting with a colon is a comment; `field: value` (one space after the colon
// dropped); a blank line dispatches the event if it had a `data` field, with the type of its
// last `event` field ("message" without one); one leading UTF-8 byte order mark is skipped.

const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;
/** Bytes of a line kept: enough for a field name and any event type this reader cares about. */
const HEAD = 64;
const BOM = [0xef, 0xbb, 0xbf];
const DATA = [0x64, 0x61, 0x74, 0x61]; // "data"
const EVENT = [0x65, 0x76, 0x65, 0x6e, 0x74]; // "event"

export class EventTypes {
  private readonly head = new Uint8Array(HEAD);
  /** The current line's length in bytes (its first HEAD are in `head`). */
  private length = 0;
  /** The last line ended with CR: an LF right after it ends nothing more. */
  private afterCr = false;
  /** Bytes of the leading byte order mark matched so far; −1 once past it. */
  private bom = 0;
  /** The last `event` field's value since the last dispatch ('' or none: "message"). */
  private type = '';
  private hasData = false;
  private readonly utf8 = new TextDecoder();

  /** `onEvent`: called with each dispatched event's type ("message" when it names none). */
  constructor(private readonly onEvent: (type: string) => void) {}

  feed(bytes: Uint8Array): void {
    let i = 0;
    while (this.bom >= 0 && i < bytes.length) {
      if (bytes[i] !== BOM[this.bom]) {
        // Not a byte order mark after all: the bytes taken for one are the line's.
        for (let k = 0; k < this.bom; k++) this.take(BOM[k] as number);
        this.bom = -1;
        break;
      }
      i++;
      if (++this.bom === BOM.length) this.bom = -1;
    }
    for (; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (b === LF && this.afterCr) {
        this.afterCr = false;
        continue;
      }
      this.afterCr = b === CR;
      if (b === LF || b === CR) this.endLine();
      else this.take(b);
    }
  }

  private take(b: number): void {
    if (this.length < HEAD) this.head[this.length] = b;
    this.length++;
  }

  private endLine(): void {
    const length = this.length;
    this.length = 0;
    if (length === 0) {
      if (this.hasData) this.onEvent(this.type || 'message');
      this.type = '';
      this.hasData = false;
      return;
    }
    const head = this.head;
    if (head[0] === COLON) return;
    const seen = Math.min(length, HEAD);
    let colon = head.indexOf(COLON);
    if (colon < 0 || colon >= seen) colon = length;
    if (this.named(DATA, colon)) this.hasData = true;
    else if (this.named(EVENT, colon)) {
      const from = colon + 1 < length && head[colon + 1] === SPACE ? colon + 2 : colon + 1;
      // An event type longer than the bytes kept is none this reader is asked about.
      this.type = length <= HEAD ? (from < length ? this.utf8.decode(head.subarray(from, length)) : '') : '\u0000';
    }
  }

  private named(name: readonly number[], colon: number): boolean {
    if (colon !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (this.head[k] !== name[k]) return false;
    return true;
  }
}
