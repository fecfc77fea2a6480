import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { repoRoot } from '../../helpers/db.js';
import { passwordEnv, testPassword } from '../../helpers/vault.js';
import { makeTempDir, removeDir } from '../support.js';
import { ok, vaultAt } from '../vault/support.js';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

/** Whether something still listens on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('browser mode', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)(
    'stops on %s: the process exits, the port is free and the database is closed',
    async (signal) => {
      const file = path.join(dir, 'shiftbook.sqlite');
      const setUp = vaultAt(dir);
      await ok(setUp, 'vault.setup', { password: testPassword, passwordAgain: testPassword });
      setUp.lock.close();
      // Unlocked at start by the password in the environment, so the database is open.
      const server = spawn(process.execPath, ['--import', 'tsx', 'core/doors/browser-main.ts'], {
        cwd: repoRoot,
        env: { ...process.env, SHIFTBOOK_DB: file, SHIFTBOOK_DATA_DIR: dir, SHIFTBOOK_PORT: '0', ...passwordEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /127\.0\.0\.1:(\d+)\//.exec(out);
          if (found) resolve(Number(found[1]));
        });
        void exited.then(() => reject(new Error(`browser mode ended before it listened: ${out}`)));
      });
      expect(await listening(port)).toBe(true);
      expect(fs.existsSync(`${file}-wal`)).toBe(true);

      server.kill(signal);
      expect(await exited).toBe(0);
      expect(await listening(port)).toBe(false);
      // A clean close checkpoints the write-ahead log and removes it.
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
    },
    60_000,
  );
});
