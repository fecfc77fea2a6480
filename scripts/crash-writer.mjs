// One writer for the crash proof (see test/proof/crash.ts): the app's own dispatcher on
// the given file, writing until it is killed. A write is acknowledged on stdout
// only after its call has answered, i.e. after its transaction committed.
// Plain JavaScript over the compiled build, so a start costs a fraction of a
// second and fifty kills fit in a test.
import fs from 'node:fs';
import path from 'node:path';
import { ensureNodeBuild, nodeDist, root } from './node-build.mjs';

ensureNodeBuild();
if (process.argv[2] === '--build') process.exit(0);
const { createDispatcher } = await import(path.join(nodeDist, 'core/api/dispatcher.js'));
const { openDatabase } = await import(path.join(nodeDist, 'db/open.js'));

const [file = '', run = '0'] = process.argv.slice(2);
const database = openDatabase(file, { migrationsFolder: path.join(root, 'db', 'migrations') });
const api = createDispatcher({ db: database.db, actor: 'proof', onInternalError: () => {} });

fs.writeSync(1, 'ready\n');
for (let n = 1; ; n += 1) {
  const code = `P-${run}-${n}`;
  const created = api.call('clients.create', {
    code,
    firstName: 'Řehoř',
    lastName: 'Zkouška',
    birthDate: '1980-03-15',
    allowDuplicate: true,
  });
  if (!created.ok) {
    fs.writeSync(2, `${JSON.stringify(created.error)}\n`);
    process.exit(1);
  }
  // A second kind of write, so updates with their audit rows are killed too.
  const updated = api.call('clients.update', {
    id: created.value.id,
    code,
    firstName: 'Řehoř',
    lastName: 'Zkouška',
    birthDate: '1980-03-15',
    city: 'Brno',
    allowDuplicate: true,
  });
  if (!updated.ok) process.exit(1);
  fs.writeSync(1, `ack ${code}\n`);
}
