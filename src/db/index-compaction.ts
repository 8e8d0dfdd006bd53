// When the search index's base is rewritten (complaint-index.ts): each change is saved as a
// small row after the base, and once they pile up, a context holding an exact copy writes it
// as the new base, so a restarted worker never has many rows to replay. Counted per context:
// each knows the rows it saved or heard of, and the count read back at a load.
//
// Rewriting the base hands the browser every part to store (a part of 10,000 entries took the
// worker 40–100 ms to hand over on a busy machine, eleven of them for 100,000 complaints), so
// it waits for a pause in the searches too: a search typed while a pull's changes arrive, or
// just after, is not answered behind it.

/** The base is rewritten once this many slices' worth of changes, or this many change rows, are saved since. */
const COMPACT_SLICES = 20;
const COMPACT_ROWS = 100;
/** …after this long without a change or a search (a pull under way, or a person searching, is not slowed by it), or at once past this many slices' worth. */
export const COMPACT_IDLE_MS = 2_000;
const COMPACT_NOW_SLICES = 200;

export class Compaction {
  private entries = 0;
  private rows = 0;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the last search was answered (Date.now()). */
  private searchedAt = Number.NEGATIVE_INFINITY;

  /**
   * `save`: writes the copy as the base; false when it could not try (no exact copy now). Once
   * tried, whoever saved the base (this copy or another context), the changes up to it are in it.
   */
  constructor(
    private readonly chunkSize: number,
    private readonly idleMs: number,
    private readonly save: () => Promise<boolean>,
  ) {}

  /** The changes saved since the base, as a load read them back. */
  set(entries: number, rows: number): void {
    this.entries = entries;
    this.rows = rows;
  }

  /** One more change row saved (or heard of), of `entries` entries. */
  saved(entries: number): void {
    this.entries += entries;
    this.rows++;
    this.check();
  }

  /** A search was answered: a rewrite due waits until the searches pause as well. */
  searched(): void {
    this.searchedAt = Date.now();
  }

  /** Rewrites the base soon if the changes since have piled up. */
  check(): void {
    const due = this.entries > this.chunkSize * COMPACT_SLICES || this.rows > COMPACT_ROWS;
    if (!due || this.running) return;
    clearTimeout(this.timer);
    const now = () => this.entries > this.chunkSize * COMPACT_NOW_SLICES;
    const run = () => {
      this.timer = undefined;
      // Searched meanwhile: once they too have paused for `idleMs`.
      const wait = this.searchedAt + this.idleMs - Date.now();
      if (wait > 0 && !now()) {
        this.timer = setTimeout(run, wait);
        return;
      }
      this.running ??= this.save()
        .then((tried) => {
          if (tried) this.set(0, 0);
        })
        .finally(() => {
          this.running = undefined;
        });
    };
    if (now()) run();
    else this.timer = setTimeout(run, this.idleMs);
  }
}
