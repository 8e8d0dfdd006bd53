// A fixed-row-height window over a long list: only the rows in view (plus a few) are in the
// DOM, so 100,000 complaints cost the same to draw as 20. Written here rather than taken from
// a library because every row has the same height, which makes it a dozen lines of arithmetic;
// @tanstack/virtual-core would add measuring and a React-style adapter we do not need.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  count: number;
  rowHeight: number;
  height: number;
  label: string;
  renderRow: (index: number) => ComponentChildren;
  /** Called with the visible index range [start, end) whenever it changes. */
  onRange?: (start: number, end: number) => void;
  overscan?: number;
  /** When this changes (a new search), the list goes back to the top. */
  resetKey?: string;
}

export function VirtualList({ count, rowHeight, height, label, renderRow, onRange, overscan = 4, resetKey }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  // The row keyboard focus is heading for while it is not drawn yet (keys pressed quickly).
  const pending = useRef<number | undefined>(undefined);
  const start = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((top + height) / rowHeight) + overscan);

  useEffect(() => onRange?.(start, end), [start, end, onRange]);
  // A new search starts at the top; a shorter result never leaves the window past its end.
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setTop(0);
  }, [resetKey]);
  useEffect(() => {
    if (box.current && box.current.scrollTop > count * rowHeight) box.current.scrollTop = 0;
  }, [count, rowHeight]);

  const focusRow = (index: number) => {
    const button = box.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`);
    if (!button) return false;
    button.focus();
    pending.current = undefined;
    return true;
  };
  useEffect(() => {
    if (pending.current !== undefined) focusRow(pending.current);
  });

  // Arrow keys, Home, End, Page Up/Down move between rows, scrolling as they go.
  const onKeyDown = (e: KeyboardEvent) => {
    const current = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current || !box.current) return;
    const i = pending.current ?? Number(current.dataset.index);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: count - 1, PageDown: i + 5, PageUp: i - 5 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = Math.max(0, Math.min(count - 1, next));
    const el = box.current;
    if (target * rowHeight < el.scrollTop) el.scrollTop = target * rowHeight;
    else if ((target + 1) * rowHeight > el.scrollTop + height) el.scrollTop = (target + 1) * rowHeight - height;
    if (!focusRow(target)) {
      pending.current = target;
      setTop(el.scrollTop);
    }
  };

  const rows = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <li
        key={i}
        data-index={i}
        aria-setsize={count}
        aria-posinset={i + 1}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(i)}
      </li>,
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation: the keys move focus between the row buttons inside
    <div
      ref={box}
      class="vlist"
      style={{ height: `${height}px` }}
      onScroll={(e) => setTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ul aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
