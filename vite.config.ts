import { crx, defineManifest, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig as defineViteConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { skippedPagePatterns } from './src/sites/skipped-pages';

// One manifest, two targets. `vite build` writes dist/chrome (module service worker);
// `vite build --mode firefox` writes dist/firefox (background scripts + gecko settings),
// because Firefox MV3 has no service-worker background yet. `vite build --mode profile` writes
// dist/profile: the Chrome build with Simak's timing marks (src/content/profile.ts), for the
// benches only; the shipped builds have none.
const GECKO_ID = 'simak@simak.dev';

// Direct messages, settings and account pages are left out of every content script (the
// table is in src/sites/skipped-pages.ts, which the content script also reads after in-app
// navigation).
const withSkippedPages = {
  ...baseManifest,
  content_scripts: baseManifest.content_scripts.map((script) => ({
    ...script,
    exclude_matches: skippedPagePatterns(script.matches),
  })),
};

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return defineManifest(withSkippedPages as ManifestV3Export);
  const { background: _sw, ...rest } = withSkippedPages;
  return defineManifest({
    ...rest,
    background: { scripts: ['src/background/index.ts'], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140: the first Firefox (and ESR) that reads data_collection_permissions; Debian's
        // firefox-esr is 140.x, and Mozilla's ESR line is what offices run.
        strict_min_version: '140.0',
        // Simak sends nothing anywhere: the log stays on the user's machine.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export);
}

export default defineViteConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const profile = mode === 'profile';
  return {
    define: { __SIMAK_PROFILE__: JSON.stringify(profile) },
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // Built as one self-contained IIFE: no extension chunk is exposed to the sites
        // as a web-accessible resource.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: profile ? 'dist/profile' : `dist/${browser}`,
      emptyOutDir: true,
      // Store packages carry no source maps unless `npm run package -- --sourcemaps` asks.
      sourcemap: process.env.SIMAK_SOURCEMAPS === '1',
      target: 'es2022',
      // The dashboard is opened in a tab from the popup; the manifest names only the popup and
      // options pages, so it is an extra input here.
      rollupOptions: { input: { dashboard: 'src/ui/dashboard/index.html' } },
      // Both browsers preload modules natively; the polyfill is the only fetch() in the build.
      modulePreload: { polyfill: false },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
