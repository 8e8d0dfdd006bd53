// Draws Simak's badge on a scored post: a zero-height host at the top of the post, so the
// post's layout never moves, holding an open shadow root (open so that tests and assistive
// tools reach it; the site's CSS still cannot).
import type { Analysis, Post } from '../core/types';
import { t } from '../i18n/translate';
import { BADGE_CSS } from './badge-style';

export const HOST_ATTR = 'data-simak-badge';

export interface BadgeActions {
  log(post: Post): Promise<{ ok: true; id: string; alreadyLogged: boolean } | { ok: false; message: string }>;
  undo(id: string): Promise<boolean>;
}

interface Drawn {
  host: HTMLElement;
  root: ShadowRoot;
  postKey: string;
  /** What the badge shows, so it can be drawn again in another language. */
  post: Post;
  analysis: Analysis;
  actions: BadgeActions;
}

const drawn = new WeakMap<Element, Drawn>();
let sheet: CSSStyleSheet | undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function sentimentLabel(a: Analysis): string {
  return t(`sentiment_${a.sentiment.label}`);
}

function explain(post: Post, a: Analysis): HTMLElement {
  const tip = el('div', 'tip');
  tip.setAttribute('role', 'tooltip');
  const lines = [
    `${t('badgeSentiment')}: ${sentimentLabel(a)} (${a.sentiment.score.toFixed(2)})`,
    a.sentiment.drivers.length ? `${t('badgeWhy')}: ${a.sentiment.drivers.slice(0, 8).join(', ')}` : '',
    `${t('badgeComplaint')}: ${Math.round(a.complaint.probability * 100)}%`,
    a.complaint.categories.length
      ? `${t('badgeCategory')}: ${a.complaint.categories.map(categoryLabel).join(', ')}`
      : '',
    a.complaint.urgencyFlags.length ? `${t('badgeUrgent')}: ${a.complaint.urgencyFlags.join(', ')}` : '',
    a.matches.length
      ? `${t('badgeMatches')}: ${a.matches.map((m) => `${m.queryId} (${m.words.join(', ')})`).join('; ')}`
      : '',
    post.truncated ? t('badgeTruncated') : '',
  ].filter(Boolean);
  for (const line of lines) tip.append(el('div', undefined, line));
  return tip;
}

/** Category labels in the user's language, by taxonomy id (set from the worker's page strings). */
let categoryLabels: Record<string, string> = {};
export function useCategoryLabels(labels: Record<string, string>): void {
  categoryLabels = labels;
}
const categoryLabel = (id: string) => categoryLabels[id] ?? id;

/** Draws (or redraws) the badge of `post` on `element`. */
export function annotate(element: Element, post: Post, analysis: Analysis, actions: BadgeActions): void {
  let entry = drawn.get(element);
  if (!entry?.host.isConnected) {
    const host = document.createElement('div');
    host.setAttribute(HOST_ATTR, '');
    const root = host.attachShadow({ mode: 'open' });
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(BADGE_CSS);
    root.adoptedStyleSheets = [sheet];
    element.prepend(host);
    entry = { host, root, postKey: post.key, post, analysis, actions };
    drawn.set(element, entry);
  }
  Object.assign(entry, { postKey: post.key, post, analysis, actions });
  const bar = el('div', 'bar');
  const why = el('span', `chip why ${analysis.sentiment.label}`, sentimentLabel(analysis));
  why.tabIndex = 0;
  why.setAttribute('aria-label', `Simak: ${sentimentLabel(analysis)}`);
  why.append(explain(post, analysis));
  bar.append(why);
  if (analysis.complaint.is && analysis.complaint.categories[0]) {
    bar.append(el('span', 'chip category', categoryLabel(analysis.complaint.categories[0])));
  }
  if (analysis.complaint.urgent) bar.append(el('span', 'chip urgent', `! ${t('badgeUrgentShort')}`));
  for (const m of analysis.matches.slice(0, 2)) bar.append(el('span', 'chip match', m.words.slice(0, 3).join(' ')));
  bar.append(logButton(element, post, actions));
  entry.root.replaceChildren(bar);
}

/**
 * What each post's log button shows, by post key, kept apart from the drawing: a badge is drawn
 * again when the page strings arrive, on a settings change or when the post is reported again,
 * and the new button must still say "Logged" (or stay disabled while the worker is asked), and
 * an answer that comes after a redraw must reach the button now on screen, not the old one.
 * One entry per click, so it stays small.
 */
type LogState = { busy: true } | { busy: false; id: string; alreadyLogged: boolean };
const logStates = new Map<string, LogState>();

function showLogState(button: HTMLButtonElement, state: LogState | undefined): void {
  button.disabled = state?.busy === true;
  if (state && !state.busy) {
    button.dataset.state = 'logged';
    button.textContent = state.alreadyLogged ? t('alreadyLogged') : t('logged');
  } else {
    delete button.dataset.state;
    button.textContent = t('logComplaint');
  }
}

/** The badge drawn for `postKey` on `element` now (a redraw replaces its children). */
function currentBadge(element: Element, postKey: string): { bar: HTMLElement; button: HTMLButtonElement } | undefined {
  const entry = drawn.get(element);
  if (!entry?.host.isConnected || entry.postKey !== postKey) return undefined;
  const bar = entry.root.querySelector<HTMLElement>('.bar');
  const button = entry.root.querySelector<HTMLButtonElement>('button[data-simak-action="log"]');
  return bar && button ? { bar, button } : undefined;
}

function logButton(element: Element, post: Post, actions: BadgeActions): HTMLButtonElement {
  const button = el('button', undefined, t('logComplaint'));
  button.type = 'button';
  button.dataset.simakAction = 'log';
  showLogState(button, logStates.get(post.key));
  button.addEventListener('click', async (event) => {
    // The click is ours: it must not open the post or trigger the site's own handlers.
    event.preventDefault();
    event.stopPropagation();
    await logFromBadge(element, post, actions);
  });
  return button;
}

async function logFromBadge(element: Element, post: Post, actions: BadgeActions) {
  const before = logStates.get(post.key);
  if (before?.busy) return;
  logStates.set(post.key, { busy: true });
  const asking = currentBadge(element, post.key);
  if (asking) showLogState(asking.button, logStates.get(post.key));
  const result = await actions.log(post);
  if (result.ok) logStates.set(post.key, { busy: false, id: result.id, alreadyLogged: result.alreadyLogged });
  else if (before) logStates.set(post.key, before);
  else logStates.delete(post.key);
  const badge = currentBadge(element, post.key);
  if (!badge) return;
  const { bar, button } = badge;
  showLogState(button, logStates.get(post.key));
  bar.querySelector('.toast')?.remove();
  const toast = el('div', 'toast');
  toast.setAttribute('role', 'status');
  if (!result.ok) {
    toast.append(el('span', undefined, t('logFailed', result.message)));
  } else if (result.alreadyLogged) {
    toast.append(el('span', undefined, t('alreadyLoggedToast')));
  } else {
    toast.append(el('span', undefined, t('loggedToast')));
    const undo = el('button', undefined, t('undo'));
    undo.type = 'button';
    undo.dataset.simakAction = 'undo';
    undo.addEventListener('click', async (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (await actions.undo(result.id)) {
        logStates.delete(post.key);
        const now = currentBadge(element, post.key);
        if (now) showLogState(now.button, undefined);
        toast.replaceChildren(el('span', undefined, t('undone')));
      }
    });
    toast.append(undo);
  }
  bar.append(toast);
  setTimeout(() => toast.remove(), 6_000);
}

/**
 * Logs the annotated post that contains `node` (keyboard command, context menu), as if its
 * button were clicked. Returns false when `node` is in no annotated post.
 */
export function logPostAt(node: Node | null): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) {
    const entry = at instanceof Element ? drawn.get(at) : undefined;
    const button = entry?.root.querySelector<HTMLButtonElement>('button[data-simak-action="log"]');
    if (button) {
      button.click();
      return true;
    }
  }
  return false;
}

/** Draws every badge again from what it shows (the UI language changed). */
export function redrawAnnotations(root: ParentNode): void {
  for (const host of root.querySelectorAll(`[${HOST_ATTR}]`)) {
    const element = host.parentElement;
    const entry = element ? drawn.get(element) : undefined;
    if (element && entry?.host === host) annotate(element, entry.post, entry.analysis, entry.actions);
  }
}

export function removeAnnotations(root: ParentNode): void {
  for (const host of root.querySelectorAll(`[${HOST_ATTR}]`)) host.remove();
}
