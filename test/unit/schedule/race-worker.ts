// One contender in the race for the last place (see concurrency.test.ts): its
// own connection and dispatcher on the shared file, booking when told to go.
import { createDispatcher } from '../../../core/api/dispatcher.js';
import { openDatabase } from '../../../db/open.js';
import { checked, fixedNow, migrationsFolder } from '../../helpers/db.js';

const [file = '', shiftId = '0', clientId = '0'] = process.argv.slice(2);
const database = openDatabase(file, { migrationsFolder });
const api = checked(createDispatcher({ db: database.db, now: fixedNow, actor: `worker-${clientId}` }));
const send = (message: unknown, then?: () => void) => process.send?.(message, undefined, {}, () => then?.());

process.on('message', (message) => {
  if (message !== 'go') return;
  // Tell the test first (the call below blocks this process while it waits for the lock).
  send({ kind: 'calling' }, () => {
    const result = api.call('schedule.book', { shift: { shiftId: Number(shiftId) }, clientId: Number(clientId) });
    database.close();
    send({ kind: 'result', result }, () => process.exit(0));
  });
});
send({ kind: 'ready' });
