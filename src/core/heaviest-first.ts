// A sort for the handful of scored items a post yields (its categories, the words that drove
// them): by insertion, too few items to repay Array.prototype.sort's set-up on every post.

/** Sorts items by weight, heaviest first, the earlier first among equals (as a stable sort would). */
export function heaviestFirst<T>(items: T[], weight: (item: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    const w = weight(item);
    let j = i;
    for (; j > 0 && weight(items[j - 1] as T) < w; j--) items[j] = items[j - 1] as T;
    items[j] = item;
  }
}
