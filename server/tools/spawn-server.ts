// Starts `server/src/main.ts` as its own process (for the fault tests and the load bench) and
// waits until it listens; reads the one-time setup code from its output.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface Spawned {
  proc: ChildProcess;
  base: string;
  setupCode?: string;
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function spawnServer(
  opts: { args?: string[]; env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<Spawned> {
  const proc = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), '--import', 'tsx', MAIN, '--port', '0', '--quiet', ...(opts.args ?? [])],
    {
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let ready = false;
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      // main.ts prints "ready" after the address and, on a first start, the setup code.
      if (ready || !/simak-team: ready/.test(out)) return;
      ready = true;
      const code = /Setup code[^:]*: (\S+)/.exec(out)?.[1];
      resolve({
        proc,
        base: /listening on (https?:\/\/\S+)/.exec(out)?.[1] ?? '',
        ...(code ? { setupCode: code } : {}),
        output: () => out,
        exited,
        async stop(signal = 'SIGTERM') {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
          await exited;
        },
      });
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (b: Buffer) => {
      out += b.toString();
    });
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}
