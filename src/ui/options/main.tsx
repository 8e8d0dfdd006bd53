import { useState } from 'preact/hooks';
import { t } from '../../i18n/translate';
import type { Settings } from '../../settings';
import { boot } from '../boot';
import { DataSection } from './DataSection';
import { type FormMessage, SettingsForm } from './SettingsForm';
import { TeamSection } from './TeamSection';

/** Options page: settings, the office team, then export / import / erase. */
function Options({ settings }: { settings: Settings }) {
  const [message, setMessage] = useState<FormMessage>(undefined);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {/* Keyed by the stored value: a change saved in another tab resets the draft here. */}
      <SettingsForm key={JSON.stringify(settings)} settings={settings} message={message} setMessage={setMessage} />
      <TeamSection />
      <DataSection />
    </main>
  );
}

void boot((settings) => <Options settings={settings} />);
