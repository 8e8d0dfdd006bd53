// The popup's list asks the worker again whenever complaints arrive (a refresh), so replies for
// one filter overlap, and the worker may answer them out of order (one reads rows from
// IndexedDB, the next finds them in memory). A reply draws unless one asked later for the same
// page drew already: the list only ever moves forward in the log, and a search in flight when a
// refresh is asked still draws instead of waiting for the refresh's round trip too.
export class ReplyOrder {
  private asked = 0;
  private drawn = new Map<number, number>();

  /** A number for a request about to be sent, in the order asked. */
  next(): number {
    return ++this.asked;
  }

  /** True (and recorded) when the reply to request `seq` for `page` may draw. */
  mayDraw(page: number, seq: number): boolean {
    if (seq < (this.drawn.get(page) ?? 0)) return false;
    this.drawn.set(page, seq);
    return true;
  }

  /** A new filter: what the old one drew says nothing about the new one's pages. */
  reset(): void {
    this.drawn = new Map();
  }
}
