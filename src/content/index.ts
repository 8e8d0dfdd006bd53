// Content script entry: pick the site adapter, watch the feed, send visible posts to the
// worker. It reads only what the page already shows, and never acts on the account.
import { adapterFor } from '../sites';
import { FeedWatcher } from './feed-watcher';
import { send } from './messaging';

const adapter = adapterFor(new URL(location.href));
if (adapter) {
  const watcher = new FeedWatcher({
    adapter,
    root: document,
    onVisible: (batch) => {
      void send({ type: 'posts/seen', posts: batch.map((b) => b.post) });
    },
  });
  watcher.start();
  // Marks the page for tests and `npm run extract`: the content script is running here.
  document.documentElement.dataset.simak = 'ready';
}
