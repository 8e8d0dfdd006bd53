// Command-line settings of `npm run server`, with the environment's DATABASE_URL.
import { parseArgs } from 'node:util';

export interface Args {
  host: string;
  port: number;
  data: string;
  databaseUrl?: string;
  tlsCert?: string;
  tlsKey?: string;
  trustProxy: boolean;
  extensionIds: string[];
  allowOrigins: string[];
  loginRate: number;
  keepKeysDays: number;
  quiet: boolean;
}

export const USAGE = `npm run server -- [options]
  --port N              listen on port N (default 8787; 0 picks a free one)
  --host ADDR           listen on ADDR (default 127.0.0.1; 0.0.0.0 to serve the network)
  --data DIR            PGlite data folder (default ./.simak-team)
  --tls-cert F --tls-key F   serve HTTPS with this certificate and key (PEM)
  --trust-proxy         behind a reverse proxy: take the caller's address from X-Forwarded-For
  --extension-id ID     accept only this extension id (repeat for several; default: any extension)
  --allow-origin URL    also allow this exact origin (repeat for several)
  --login-rate N        sign-in attempts per minute from one address (default 30)
  --keep-keys-days N    keep change keys N days for answering retried pushes (default 30)
  --quiet               no request log
  DATABASE_URL=postgres://user:pass@host/db   use that PostgreSQL instead of PGlite`;

export function parseServerArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8787' },
      data: { type: 'string', default: './.simak-team' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'trust-proxy': { type: 'boolean', default: false },
      'extension-id': { type: 'string', multiple: true, default: [] },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      'login-rate': { type: 'string', default: '30' },
      'keep-keys-days': { type: 'string', default: '30' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port: not a port: ${values.port}`);
  if (!!values['tls-cert'] !== !!values['tls-key']) throw new Error('--tls-cert and --tls-key go together');
  const url = env.DATABASE_URL?.trim();
  return {
    host: values.host,
    port,
    data: values.data,
    ...(url ? { databaseUrl: url } : {}),
    ...(values['tls-cert'] ? { tlsCert: values['tls-cert'], tlsKey: values['tls-key'] } : {}),
    trustProxy: values['trust-proxy'],
    extensionIds: values['extension-id'],
    allowOrigins: values['allow-origin'],
    loginRate: Math.max(1, Number(values['login-rate']) || 30),
    keepKeysDays: Math.max(1, Number(values['keep-keys-days']) || 30),
    quiet: values.quiet,
  };
}
