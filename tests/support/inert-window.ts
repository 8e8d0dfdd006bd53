// A happy-dom window that only parses: no script, stylesheet or frame of a saved page runs or
// loads. Shared by the adapter fixture tests and the adapter fuzz targets.
import { Window } from 'happy-dom';

export function inertWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigator: { userAgent: 'simak-tests' },
    },
  });
}
