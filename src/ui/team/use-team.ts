// The team status for a page, kept fresh while the page is open: it asks the worker to sync
// every few seconds (an open page also keeps the worker awake, and has it hold the office's
// live stream open, so colleagues' changes are pulled as they come; a pull's commit tells the
// open pages itself, see db/log-changes.ts). Without a team it asks once and never again.
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
    const show = (value: TeamStatus) => {
      setStatus(value);
      if (revision.current !== undefined && value.logRevision !== revision.current) changed.current?.();
      revision.current = value.logRevision;
    };
    const tick = async (type: 'team/status' | 'team/sync') => {
      const r = await ask(type === 'team/sync' ? { type, live: true } : { type });
      if (stop) return;
      if (r.ok) show(r.value);
      // A worker that did not answer (restarting) is asked again at the next tick.
      if (r.ok && r.value.state === 'off') return;
      timer = setTimeout(() => void tick('team/sync'), type === 'team/status' && r.ok ? 0 : LIVE_SYNC_MS);
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
