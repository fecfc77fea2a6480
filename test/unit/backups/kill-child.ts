/**
 * Writes, backs up and restores in a loop until it is killed, telling on
 * stdout what was acknowledged (see kills.test.ts). Not a test file itself.
 */
import path from 'node:path';
import { openRuntime } from '../../../core/doors/runtime.js';
import { fontsDir, migrationsFolder } from '../../helpers/db.js';

const [dataFile, start] = process.argv.slice(2) as [string, string];
const runtime = openRuntime({ dataFile, migrationsFolder, fontsDir, version: 'test', actor: 'kill' });
const say = (line: string) => process.stdout.write(`${line}\n`);

for (let n = Number(start); ; n += 1) {
  const code = `K-${n}`;
  const created = runtime.dispatcher.call('clients.create', {
    code,
    firstName: 'Řehoř',
    lastName: 'Šťastný',
    birthDate: '1980-03-15',
    allowDuplicate: true,
  });
  if (!created.ok) throw new Error(created.error.message);
  say(`client ${code}`);
  const made = runtime.dispatcher.call('backups.create', {});
  if (!made.ok) throw new Error(made.error.message);
  // A restore of the backup just taken keeps every acknowledged client.
  if (n % 3 === 0) {
    const restored = runtime.dispatcher.call('backups.restore', {
      name: path.basename((made.value as { file: string }).file),
    });
    if (!restored.ok) throw new Error(restored.error.message);
    say('restored');
  }
}
