// The search text of one slice of the index (complaint-index.ts) as one string, so a search
// finds a word with the engine's native `indexOf` over 250 complaints at once instead of calling
// `includes` on each complaint's own text. Those texts lie wherever each complaint's entry was
// made (a worker that followed a day of pulls made them batch by batch among other objects), so
// the walk of 100,000 went from object to object through memory: 25-180 ms in the worker on a
// busy machine; on a heap laid out that way a joined text per slice searched 3-5 times faster.
// The cost is a second copy of the texts (about 10 MB for 100,000 complaints).
//
// Slices are never modified (a patch makes new ones: index-slices.ts), so each slice's text is
// made once, on its first search, and kept beside it in a WeakMap: it goes when the slice goes.
// Search words never hold whitespace (searchWords splits on it), so no match spans two entries'
// texts joined by a line feed.
import type { SearchEntry } from './schema';

interface SliceText {
  text: string;
  /** Where each entry's text ends in `text` (the separator's position). */
  ends: Uint32Array;
}

const SEPARATOR = '\n';
const texts = new WeakMap<readonly SearchEntry[], SliceText>();

function textOf(slice: readonly SearchEntry[]): SliceText {
  let found = texts.get(slice);
  if (!found) {
    const ends = new Uint32Array(slice.length);
    let at = 0;
    const parts: string[] = [];
    for (const [k, e] of slice.entries()) {
      parts.push(e.hay);
      at += e.hay.length;
      ends[k] = at;
      at += SEPARATOR.length;
    }
    found = { text: parts.join(SEPARATOR), ends };
    texts.set(slice, found);
  }
  return found;
}

/**
 * A slice made by patching `before` takes its joined text when every entry's text is the same,
 * in the same order (a status, priority or handler changed: none is in the text). A team pull's
 * status changes fall on slices all over the log, and each text made anew was about 50 KB for
 * the worker to collect while a search waited. The text depends on nothing but the entries'
 * texts in order, so it is exact for the new slice.
 */
export function carryText(before: readonly SearchEntry[], after: readonly SearchEntry[]): void {
  const found = texts.get(before);
  if (!found || before.length !== after.length || texts.has(after)) return;
  for (let k = 0; k < after.length; k++) if ((after[k] as SearchEntry).hay !== (before[k] as SearchEntry).hay) return;
  texts.set(after, found);
}

/**
 * Marks the entries of `slice` whose text holds every one of `words` (folded, non-empty): on
 * return `hits[k] === words.length` for those. `hits` is scratch space of at least the slice's
 * length. Returns how many entries hold every word.
 */
export function markWords(slice: readonly SearchEntry[], words: readonly string[], hits: Uint16Array): number {
  const { text, ends } = textOf(slice);
  hits.fill(0, 0, slice.length);
  let count = 0;
  for (const [need, word] of words.entries()) {
    count = 0;
    let k = 0;
    let from = 0;
    for (;;) {
      const at = text.indexOf(word, from);
      if (at < 0) break;
      while ((ends[k] as number) <= at) k++;
      // Counted only for an entry that held every word before this one.
      if (hits[k] === need) {
        hits[k] = need + 1;
        count++;
      }
      from = (ends[k] as number) + SEPARATOR.length;
      k++;
      if (k >= slice.length) break;
    }
    if (count === 0) return 0;
  }
  return count;
}

/** Slices' texts made per turn by `prepareTexts`: 40 slices, 10,000 complaints, a few milliseconds. */
const PREPARE_SLICES = 40;

/** The copy whose slices' texts are being made, and whether a turn for it is scheduled. */
let preparing: readonly (readonly SearchEntry[])[] | undefined;
let scheduled = false;

/**
 * Makes the texts of every slice of `chunks` between turns of the event loop (a loaded or patched
 * copy of the index), so that no search makes them all while the popup waits. A newer copy given
 * meanwhile is taken up instead: its slices that were already made are found at once.
 */
export function prepareTexts(chunks: readonly (readonly SearchEntry[])[]): void {
  preparing = chunks;
  if (scheduled) return;
  scheduled = true;
  let of = chunks;
  let at = 0;
  const step = () => {
    if (preparing !== of && preparing) {
      of = preparing;
      at = 0;
    }
    for (const end = Math.min(of.length, at + PREPARE_SLICES); at < end; at++) textOf(of[at] as SearchEntry[]);
    if (at < of.length || preparing !== of) setTimeout(step, 0);
    else {
      scheduled = false;
      preparing = undefined;
    }
  };
  setTimeout(step, 0);
}
