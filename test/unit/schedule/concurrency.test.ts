import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ApiResult } from '../../../core/contract/errors.js';
import { repoRoot, testApp, type TestApp } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';
import { addClients, book } from './support.js';

// Two separate processes, each with its own connection and dispatcher on one
// database file, race for the last place of a shift. A third connection holds
// the write lock until both calls are under way, so they are truly in flight
// at once. Write methods begin IMMEDIATE: one waits for the other to commit,
// then reads the shift as full and is refused with the rule's message.

type Message = { kind: 'ready' } | { kind: 'calling' } | { kind: 'result'; result: ApiResult<unknown> };

let dir: string;
let file: string;
let app: TestApp;
beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'race.sqlite');
  app = testApp({ file });
  addClients(app, 5);
  for (const id of [1, 2, 3]) book(app, '2026-11-30', id);
  app.close();
});
afterEach(() => removeDir(dir));

interface Contender {
  child: ChildProcess;
  next: (kind: Message['kind']) => Promise<Message>;
  has: (kind: Message['kind']) => boolean;
}

function contender(clientId: number): Contender {
  const child = fork(path.join(repoRoot, 'test/unit/schedule/race-worker.ts'), [file, '1', String(clientId)], {
    execArgv: ['--import', 'tsx'],
    cwd: repoRoot,
  });
  const inbox: Message[] = [];
  const waiters: (() => void)[] = [];
  child.on('message', (m) => {
    inbox.push(m as Message);
    waiters.splice(0).forEach((wake) => wake());
  });
  const next = async (kind: Message['kind']): Promise<Message> => {
    for (;;) {
      const found = inbox.findIndex((m) => m.kind === kind);
      if (found >= 0) return inbox.splice(found, 1)[0] as Message;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { child, next, has: (kind) => inbox.some((m) => m.kind === kind) };
}

test('two calls racing for the last place: exactly one wins, the other gets "shift full"', async () => {
  const racers = [contender(4), contender(5)];
  await Promise.all(racers.map((r) => r.next('ready')));

  const lock = new Database(file);
  lock.exec('BEGIN IMMEDIATE');
  for (const r of racers) r.child.send('go');
  await Promise.all(racers.map((r) => r.next('calling')));
  await new Promise((resolve) => setTimeout(resolve, 300));
  // Both calls are blocked on the lock: neither has answered yet.
  expect(racers.map((r) => r.has('result'))).toEqual([false, false]);
  lock.exec('COMMIT');
  lock.close();

  const results = (await Promise.all(racers.map((r) => r.next('result')))).map(
    (m) => (m as Extract<Message, { kind: 'result' }>).result,
  );
  const winners = results.filter((r) => r.ok);
  const losers = results.flatMap((r) => (r.ok ? [] : [r.error]));
  expect(winners).toHaveLength(1);
  expect(losers).toEqual([expect.objectContaining({ code: 'schedule.shiftFull', field: 'shift' })]);

  const check = new Database(file, { readonly: true });
  const booked = check.prepare(`SELECT count(*) AS n FROM bookings WHERE shift_id = 1 AND status = 'booked'`).get();
  const audited = check.prepare(`SELECT count(*) AS n FROM audit_log WHERE method = 'schedule.book'`).get();
  check.close();
  expect(booked).toEqual({ n: 4 });
  expect(audited).toEqual({ n: 4 });
}, 30_000);
