// Export, import and erase. The page works on the database directly (same origin as the
// worker): a 100 MB import cannot travel as one extension message, and an export read in
// chunks here keeps the worker free. The worker is told afterwards, so its caches follow.
import { useState } from 'preact/hooks';
import { db } from '../../db/db';
import { deleteEverything } from '../../db/retention';
import type { Delimiter } from '../../export/csv';
import { type ImportReport, mergeComplaints, parseExport } from '../../export/import';
import { type ExportKind, exportFile } from '../../export/run';
import { t } from '../../i18n/translate';
import { download } from '../download';
import { ask } from '../send';

type Job =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/**
 * How many complaints the log holds, from the worker's search index: counting them in the
 * database holds its one reading sequence, which the export's reads wait for, for most of a
 * second (0.7 s of the browser's CPU at 100,000). A worker that has just started answers from
 * the database before its index is in (`exact: false`); asked once more, it answers once the
 * index is loaded, in a fraction of that. Undefined (the export counts) if it cannot say.
 */
async function logSize(): Promise<number | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = await ask({ type: 'complaints/list', filter: {}, offset: 0, limit: 1 });
    if (!r.ok) return undefined;
    if (r.value.exact) return r.value.total;
  }
  return undefined;
}

export function DataSection() {
  const [delimiter, setDelimiter] = useState<Delimiter>(',');
  const [job, setJob] = useState<Job>({ kind: 'idle' });
  const [report, setReport] = useState<{ ok: true; report: ImportReport } | { ok: false; message: string } | undefined>(
    undefined,
  );
  const [confirming, setConfirming] = useState(false);
  const busy = job.kind === 'running';

  const runExport = async (kind: ExportKind) => {
    setJob({ kind: 'running', done: 0, total: 0 });
    try {
      const file = await exportFile(db(), kind, {
        delimiter,
        onProgress: (done, total) => setJob({ kind: 'running', done, total }),
        total: logSize(),
      });
      download(file.blob, file.name);
      setJob({ kind: 'done', message: t('exportDone', String(file.count), file.name) });
    } catch (e) {
      setJob({ kind: 'error', message: t('exportFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  const runImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setReport(undefined);
    setJob({ kind: 'running', done: 0, total: 0 });
    try {
      const parsed = parseExport(await file.text());
      if (!parsed.ok) {
        setReport({ ok: false, message: t(`import_${parsed.reason.replace('-', '_')}`, parsed.detail) });
        return;
      }
      const merged = await mergeComplaints(db(), parsed.complaints);
      await ask({ type: 'complaints/changed' });
      setReport({ ok: true, report: merged });
    } catch (e) {
      setReport({ ok: false, message: t('importFailed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setJob({ kind: 'idle' });
      input.value = '';
    }
  };

  const wipe = async () => {
    setConfirming(false);
    // In a team, everything includes the sign-in and the pull cursor: left behind, the next
    // sync would pull the office's log straight back onto the machine the user just cleared.
    // The office's log on the server stays; without a team this sends nothing.
    await ask({ type: 'team/sign-out', keepData: false });
    await deleteEverything(db());
    await ask({ type: 'complaints/changed' });
    setJob({ kind: 'done', message: t('deleteAllDone') });
  };

  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p>{t('dataIntro')}</p>
      <div class="field inline">
        <label for="csv-delimiter">{t('csvDelimiter')}</label>
        <select
          id="csv-delimiter"
          value={delimiter}
          onChange={(e) => setDelimiter((e.currentTarget as HTMLSelectElement).value as Delimiter)}
        >
          <option value=",">{t('csvComma')}</option>
          <option value=";">{t('csvSemicolon')}</option>
        </select>
      </div>
      <div class="buttons">
        <button type="button" disabled={busy} onClick={() => void runExport('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" disabled={busy} onClick={() => void runExport('json')}>
          {t('exportJson')}
        </button>
        <button type="button" disabled={busy} onClick={() => void runExport('daily')}>
          {t('exportDaily')}
        </button>
      </div>
      <div aria-live="polite" class="job" data-testid="job">
        {job.kind === 'running' && (
          <>
            <label for="export-progress">{t('working')}</label>{' '}
            <progress id="export-progress" max={job.total || 1} value={job.done} />
            {job.total > 0 && ` ${job.done} / ${job.total}`}
          </>
        )}
        {job.kind === 'done' && <p>{job.message}</p>}
      </div>
      {job.kind === 'error' && (
        <p class="error" role="alert">
          {job.message}
        </p>
      )}

      <h3>{t('importTitle')}</h3>
      <div class="field">
        <label for="import-file">{t('importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void runImport(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <div aria-live="polite" data-testid="import-report">
        {report?.ok === true && (
          <p>
            {t(
              'importReport',
              String(report.report.added),
              String(report.report.updated),
              String(report.report.skipped),
            )}
          </p>
        )}
      </div>
      {report?.ok === false && (
        <p class="error" role="alert" data-testid="import-error">
          {report.message}
        </p>
      )}

      <h3>{t('deleteAllTitle')}</h3>
      <p>{t('deleteAllIntro')}</p>
      {!confirming ? (
        <button type="button" class="danger" disabled={busy} onClick={() => setConfirming(true)}>
          {t('deleteAll')}
        </button>
      ) : (
        <fieldset class="confirm">
          <legend>{t('deleteAllConfirm')}</legend>
          <button type="button" class="danger" onClick={() => void wipe()}>
            {t('deleteAllYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </fieldset>
      )}
    </section>
  );
}
