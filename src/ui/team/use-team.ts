// The team status for a page, kept fresh while the page is open: it asks the worker to sync
// every few seconds (that is the "live" sync: colleagues' changes arrive within seconds, and
// an open page keeps the worker awake). Without a team it asks once and never again.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TeamStatus } from '../../team/status';
import { ask } from '../send';

export const LIVE_SYNC_MS = 3_000;

/** The status, and a callback run when the local log changed under the page (a pull wrote to it). */
export function useTeam(onLogChanged?: () => void): TeamStatus | undefined {
  const [status, setStatus] = useState<TeamStatus | undefined>(undefined);
  const revision = useRef<number | undefined>(undefined);
  const changed = useRef(onLogChanged);
  changed.current = onLogChanged;
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async (type: 'team/status' | 'team/sync') => {
      const r = await ask({ type });
      if (stop || !r.ok) return;
      setStatus(r.value);
      if (revision.current !== undefined && r.value.logRevision !== revision.current) changed.current?.();
      revision.current = r.value.logRevision;
      if (r.value.state !== 'off')
        timer = setTimeout(() => void tick('team/sync'), type === 'team/status' ? 0 : LIVE_SYNC_MS);
    };
    // The status first, at once: its log revision is what the page's first rows were read at,
    // so the first sync's news (pulled while the popup was closed) refreshes them.
    void tick('team/status');
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, []);
  return status;
}
