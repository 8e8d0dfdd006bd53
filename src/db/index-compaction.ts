// When the search index's base is rewritten (complaint-index.ts): each change is saved as a
// small row after the base, and once they pile up, a context holding an exact copy writes it
// as the new base, so a restarted worker never has many rows to replay. Counted per context:
// each knows the rows it saved or heard of, and the count read back at a load.

/** The base is rewritten once this many slices' worth of changes, or this many change rows, are saved since. */
const COMPACT_SLICES = 20;
const COMPACT_ROWS = 100;
/** …after this long without a change (a pull under way is not slowed by it), or at once past this many slices' worth. */
export const COMPACT_IDLE_MS = 2_000;
const COMPACT_NOW_SLICES = 200;

export class Compaction {
  private entries = 0;
  private rows = 0;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

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

  /** Rewrites the base soon if the changes since have piled up. */
  check(): void {
    const due = this.entries > this.chunkSize * COMPACT_SLICES || this.rows > COMPACT_ROWS;
    if (!due || this.running) return;
    clearTimeout(this.timer);
    const run = () => {
      this.timer = undefined;
      this.running ??= this.save()
        .then((tried) => {
          if (tried) this.set(0, 0);
        })
        .finally(() => {
          this.running = undefined;
        });
    };
    if (this.entries > this.chunkSize * COMPACT_NOW_SLICES) run();
    else this.timer = setTimeout(run, this.idleMs);
  }
}
