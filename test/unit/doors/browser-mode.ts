import { spawn } from 'node:child_process';
import type { ApiResult } from '../../../core/contract/errors.js';
import { repoRoot } from '../../helpers/db.js';

/** Browser mode as `npm start` runs it, in its own process (not a test file itself). */
export interface BrowserMode {
  url: string;
  token: string;
  /** What it wrote to stderr so far. */
  stderr(): string;
  call(method: string, input?: unknown, locale?: string): Promise<ApiResult<unknown>>;
  stop(): Promise<number | null>;
}

export async function startBrowserMode(env: NodeJS.ProcessEnv): Promise<BrowserMode> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'core/doors/browser-main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, SHIFTBOOK_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  server.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  const found = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)\?token=(\S+)/.exec(out);
      if (match) resolve(match);
    });
    void exited.then(() => reject(new Error(`browser mode ended before it listened: ${out}\n${err}`)));
  });
  const [, url = '', token = ''] = found;
  return {
    url,
    token,
    stderr: () => err,
    call: async (method, input = {}, locale = 'en') => {
      const response = await fetch(`${url}api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shiftbook-token': token, 'x-shiftbook-locale': locale },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiResult<unknown>;
    },
    stop: () => {
      server.kill('SIGTERM');
      return exited;
    },
  };
}
