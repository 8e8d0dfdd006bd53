import { render } from 'preact';
import { t } from '../i18n';

/** Options page: the settings land here with the settings work (watch queries, sites…). */
function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
