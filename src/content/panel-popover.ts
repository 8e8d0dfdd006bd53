// Opens a badge's full panel in the browser's top layer (the popover API), next to its chip:
// no overflow, transform or stacking context of the site's can clip or cover it, however
// short the post. It opens on hover, focus or click (a click pins it), closes when the pointer
// and focus have left, on Escape, on a press elsewhere, or when its chip scrolls out of the
// window (while it is in, the panel follows it).
// Only a person's events open it. In "always full" mode the panel is not a popover: it stays
// drawn under the chip, in the post.

export interface PanelControl {
  /** Keeps the panel open (a log from the keyboard command or menu shows its result here). */
  pin(on: boolean): void;
  readonly pinned: boolean;
}

/** Time to cross from the chip onto its panel (they touch; the pointer may clip a corner). */
const CLOSE_DELAY_MS = 80;

export function wirePanel(badge: HTMLElement, chip: HTMLElement, panel: HTMLElement, full: boolean): PanelControl {
  let pinned = false;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const control: PanelControl = {
    pin(on) {
      pinned = on;
      if (on) open();
      else if (!badge.matches(':hover, :focus-within')) close();
    },
    get pinned() {
      return pinned;
    },
  };
  if (full) return control;

  panel.popover = 'manual';
  const isOpen = () => panel.matches(':popover-open');
  /** The page scrolled: the panel follows its chip, and closes once the chip leaves the window. */
  const onScroll = () => {
    const c = chip.getBoundingClientRect();
    if (c.bottom > 0 && c.top < innerHeight && c.right > 0 && c.left < innerWidth) return place();
    pinned = false;
    close();
  };
  /** A person's press anywhere else closes the panel, pinned or not. */
  const onPressElsewhere = (e: PointerEvent) => {
    // Seen from the window, a closed shadow tree's path stops at its host.
    const root = badge.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : badge;
    if (!e.isTrusted || e.composedPath().includes(host)) return;
    pinned = false;
    close();
  };
  function open(): void {
    clearTimeout(closeTimer);
    if (!isOpen()) {
      if (!badge.isConnected) return;
      panel.showPopover();
      addEventListener('scroll', onScroll, { capture: true, passive: true });
      addEventListener('pointerdown', onPressElsewhere, { capture: true, passive: true });
    }
    place();
    chip.setAttribute('aria-expanded', 'true');
  }
  function close(): void {
    clearTimeout(closeTimer);
    if (isOpen()) panel.hidePopover();
    removeEventListener('scroll', onScroll, { capture: true });
    removeEventListener('pointerdown', onPressElsewhere, { capture: true });
    chip.setAttribute('aria-expanded', 'false');
  }
  function closeSoon(): void {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!pinned && !badge.matches(':hover, :focus-within')) close();
    }, CLOSE_DELAY_MS);
  }
  /** Under the chip (above it when the window has no room below), kept inside the window. */
  function place(): void {
    const c = chip.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    const below = c.bottom + p.height <= innerHeight || c.top < p.height;
    const top = below ? c.bottom : c.top - p.height;
    // Aligned with the chip's start, or with its end when that would leave the window.
    const start = c.left + p.width <= innerWidth ? c.left : c.right - p.width;
    const left = Math.min(Math.max(0, start), Math.max(0, innerWidth - p.width));
    panel.style.top = `${Math.round(top)}px`;
    panel.style.left = `${Math.round(left)}px`;
  }

  badge.addEventListener('pointerenter', (e) => e.isTrusted && open());
  badge.addEventListener('pointerleave', (e) => e.isTrusted && closeSoon());
  badge.addEventListener('focusin', (e) => e.isTrusted && open());
  badge.addEventListener('focusout', (e) => e.isTrusted && closeSoon());
  badge.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && e.isTrusted) {
      pinned = false;
      close();
    }
  });
  chip.addEventListener('click', (e) => {
    // The click is Simak's: it must not open the post or reach the site's handlers.
    e.preventDefault();
    e.stopPropagation();
    if (!e.isTrusted) return;
    pinned = !pinned;
    if (pinned) open();
    else close();
  });
  return control;
}
