// The badge's content, inside its closed shadow root: one small chip (sentiment colour, "!" for
// a complaint, red when urgent) that opens the full panel (category, matches, why, log button)
// on hover, focus or click. Post text and names are set as text, never as markup. Actions
// answer trusted events only: a page script can synthesise a click, not a person's intent.
import type { Analysis, Post } from '../core/types';
import { t } from '../i18n/translate';
import { type PanelControl, wirePanel } from './panel-popover';

export interface BadgeActions {
  log(post: Post): Promise<{ ok: true; id: string; alreadyLogged: boolean } | { ok: false; message: string }>;
  undo(id: string): Promise<boolean>;
}

export interface BadgeParts {
  /** The positioned wrapper: chip and panel. */
  badge: HTMLElement;
  chip: HTMLButtonElement;
  panel: HTMLElement;
  /** Logs the post as the panel's button does (keyboard command, context menu). */
  log(): Promise<void>;
}

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

/** Runs `act` for a person's click only; the page's own handlers never see it. */
function onTrustedClick(target: HTMLElement, act: () => void): void {
  target.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.isTrusted) act();
  });
}

const sentimentLabel = (a: Analysis) => t(`sentiment_${a.sentiment.label}`);
const SENTIMENT_MARK = { negative: '−', neutral: '·', positive: '+' } as const;

function whyLines(post: Post, a: Analysis, categoryLabel: (id: string) => string): string[] {
  return [
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
}

/** The chip's spoken name: what its colour and mark say. */
function chipLabel(a: Analysis): string {
  const parts = [sentimentLabel(a)];
  if (a.complaint.is) parts.push(t('badgeComplaint'));
  if (a.complaint.urgent) parts.push(t('badgeUrgentShort'));
  return `Simak: ${parts.join(', ')}`;
}

// What a post's log button says is kept by post key, apart from the drawing: a badge drawn again
// (page strings arriving, a settings change, the post reported again) keeps "Logged", and an
// answer that comes after a redraw reaches the button now on screen, not the one removed.
const logged = new Map<string, 'logged' | 'alreadyLogged'>();
const currentButton = new Map<string, WeakRef<HTMLButtonElement>>();

function showLogState(key: string, button: HTMLButtonElement): void {
  const state = logged.get(key);
  if (state) button.dataset.state = 'logged';
  else delete button.dataset.state;
  button.textContent = t(state ?? 'logComplaint');
}

export function buildBadge(
  post: Post,
  analysis: Analysis,
  actions: BadgeActions,
  categoryLabel: (id: string) => string,
  full: boolean,
): BadgeParts {
  const badge = el('div', full ? 'badge open' : 'badge');
  const panelId = `p${Math.random().toString(36).slice(2)}`;
  const urgent = analysis.complaint.urgent;
  const chip = el('button', `chip ${urgent ? 'urgent' : analysis.sentiment.label}`);
  chip.type = 'button';
  chip.setAttribute('aria-label', chipLabel(analysis));
  chip.setAttribute('aria-expanded', String(full));
  chip.setAttribute('aria-controls', panelId);
  chip.append(el('span', 'mark', SENTIMENT_MARK[analysis.sentiment.label]));
  if (analysis.complaint.is) chip.append(el('span', 'mark', urgent ? '!!' : '!'));
  const panel = el('div', 'panel');
  panel.id = panelId;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', 'Simak');
  const chips = el('div', 'row');
  chips.append(el('span', `tag ${analysis.sentiment.label}`, sentimentLabel(analysis)));
  const category = analysis.complaint.is ? analysis.complaint.categories[0] : undefined;
  if (category) chips.append(el('span', 'tag category', categoryLabel(category)));
  if (urgent) chips.append(el('span', 'tag urgent', `! ${t('badgeUrgentShort')}`));
  for (const m of analysis.matches.slice(0, 2)) chips.append(el('span', 'tag match', m.words.slice(0, 3).join(' ')));
  const why = el('div', 'why');
  for (const line of whyLines(post, analysis, categoryLabel)) why.append(el('div', undefined, line));
  const button = el('button', 'log', t('logComplaint'));
  button.type = 'button';
  button.dataset.simakAction = 'log';
  currentButton.set(post.key, new WeakRef(button));
  showLogState(post.key, button);
  panel.append(chips, why, button);
  badge.append(chip, panel);
  const control = wirePanel(badge, chip, panel, full);
  // From the keyboard command or the menu, the panel opens to show what happened; from the
  // button, it is open already under the person's pointer.
  const log = () => logFromBadge(post, actions, panel, button, control, true);
  onTrustedClick(button, () => void logFromBadge(post, actions, panel, button, control, false));
  return { badge, chip, panel, log };
}

async function logFromBadge(
  post: Post,
  actions: BadgeActions,
  panel: HTMLElement,
  button: HTMLButtonElement,
  control: PanelControl,
  show: boolean,
) {
  if (button.disabled) return;
  button.disabled = true;
  const result = await actions.log(post);
  button.disabled = false;
  // The badge may have been drawn again while the worker answered: speak through the new button.
  const now = currentButton.get(post.key)?.deref();
  if (now && now !== button) {
    if (result.ok) logged.set(post.key, result.alreadyLogged ? 'alreadyLogged' : 'logged');
    showLogState(post.key, now);
    return;
  }
  panel.querySelector('.toast')?.remove();
  const toast = el('div', 'toast');
  toast.setAttribute('role', 'status');
  if (!result.ok) {
    toast.append(el('span', undefined, t('logFailed', result.message)));
  } else if (result.alreadyLogged) {
    logged.set(post.key, 'alreadyLogged');
    button.dataset.state = 'logged';
    button.textContent = t('alreadyLogged');
    toast.append(el('span', undefined, t('alreadyLoggedToast')));
  } else {
    logged.set(post.key, 'logged');
    button.dataset.state = 'logged';
    button.textContent = t('logged');
    toast.append(el('span', undefined, t('loggedToast')));
    const undo = el('button', undefined, t('undo'));
    undo.type = 'button';
    undo.dataset.simakAction = 'undo';
    onTrustedClick(undo, async () => {
      if (await actions.undo(result.id)) {
        logged.delete(post.key);
        delete button.dataset.state;
        button.textContent = t('logComplaint');
        toast.replaceChildren(el('span', undefined, t('undone')));
      }
    });
    toast.append(undo);
  }
  panel.append(toast);
  // Shown for a log by the keyboard command or the menu, until the toast goes (unless the
  // person had pinned the panel themselves).
  const pinnedByUs = show && !control.pinned;
  if (pinnedByUs) control.pin(true);
  setTimeout(() => {
    toast.remove();
    if (pinnedByUs) control.pin(false);
  }, 6_000);
}
