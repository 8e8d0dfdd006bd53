// Starts an extension page: reads the settings, applies the UI language, and renders again
// whenever the settings change in any tab (language and categories apply live).
import type { VNode } from 'preact';
import { render } from 'preact';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { loadSettings, onSettingsChanged } from '../settings-store';
import { applyLanguage } from './language';

export async function boot(view: (settings: Settings) => VNode): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const draw = (settings: Settings) => {
    applyLanguage(settings.language);
    render(view(settings), root);
  };
  onSettingsChanged(draw);
  draw(await loadSettings().catch(() => DEFAULT_SETTINGS));
}
