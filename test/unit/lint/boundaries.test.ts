import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../helpers/db.js';

// The layer arrows and the domains' public modules are held by lint, so they
// are tested like any other rule: each snippet is linted as if it stood in a
// real file of that layer or domain.
const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', { timeout: 60_000 }, () => {
  test.each([
    ['core/clients/search.ts', `import { app } from 'electron';\nexport const x = app;\n`],
    ['core/clients/search.ts', `import { useState } from 'react';\nexport const x = useState;\n`],
    ['core/clients/search.ts', `import { x } from '../../renderer/src/lib/format.js';\nexport const y = x;\n`],
    ['db/open.ts', `import { contract } from '../core/contract/index.js';\nexport const x = contract;\n`],
    ['core/contract/clients.ts', `import fs from 'node:fs';\nexport const x = fs;\n`],
    ['core/contract/clients.ts', `import { clients } from '../../db/schema/index.js';\nexport const x = clients;\n`],
    [
      'core/contract/messages/en/common.ts',
      `import { handlers } from '../../../api/handlers.js';\nexport const x = handlers;\n`,
    ],
    ['core/pay/month.ts', `import fs from 'node:fs';\nexport const x = fs;\n`],
    [
      'core/pay/month.ts',
      `import { payParameters } from '../../db/schema/index.js';\nexport const x = payParameters;\n`,
    ],
    ['renderer/src/lib/format.ts', `import fs from 'node:fs';\nexport const x = fs;\n`],
    [
      'renderer/src/lib/format.ts',
      `import { openDatabase } from '../../../db/open.js';\nexport const x = openDatabase;\n`,
    ],
    [
      'renderer/src/lib/format.ts',
      `import { handlers } from '../../../core/api/handlers.js';\nexport const x = handlers;\n`,
    ],
    ['renderer/src/lib/format.ts', `import Database from 'better-sqlite3';\nexport const x = Database;\n`],
    ['electron/menu.ts', `import { App } from '../renderer/src/App.js';\nexport const x = App;\n`],
    // A domain reaches another only through its public module.
    [
      'core/schedule/rules.ts',
      `import { parametersOn } from '../settings/parameters.js';\nexport const x = parametersOn;\n`,
    ],
    [
      'core/schedule/rules.ts',
      `import { settingsHandlers } from '../settings/handlers.js';\nexport const x = settingsHandlers;\n`,
    ],
    [
      'core/schedule/documents/data.ts',
      `import { loadEmployer } from '../../settings/employer.js';\nexport const x = loadEmployer;\n`,
    ],
    [
      'core/agreements/rows.ts',
      `import { searchTokens } from '../clients/search.js';\nexport const x = searchTokens;\n`,
    ],
    ['core/clients/handlers.ts', `import { loadWeek } from '../schedule/board.js';\nexport const x = loadWeek;\n`],
    [
      'core/settings/store.ts',
      `import { agreementTemplates } from '../agreements/documents/index.js';\nexport const x = agreementTemplates;\n`,
    ],
    ['core/schedule/rules.ts', `import { app } from 'electron';\nexport const x = app;\n`],
  ])('%s refuses: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  test.each([
    ['core/clients/search.ts', `import { clients } from '../../db/schema/index.js';\nexport const x = clients;\n`],
    ['core/contract/clients.ts', `import { z } from 'zod';\nexport const x = z;\n`],
    ['renderer/src/lib/format.ts', `import { contract } from '@contract/index.js';\nexport const x = contract;\n`],
    ['renderer/src/lib/format.ts', `import { Button } from '@mantine/core';\nexport const x = Button;\n`],
    ['electron/menu.ts', `import { openDatabase } from '../db/open.js';\nexport const x = openDatabase;\n`],
    [
      'core/schedule/rules.ts',
      `import { parametersOn } from '../settings/index.js';\nexport const x = parametersOn;\n`,
    ],
    [
      'core/schedule/documents/data.ts',
      `import { loadEmployer } from '../../settings/index.js';\nexport const x = loadEmployer;\n`,
    ],
    ['core/schedule/board.ts', `import { loadShift } from './shifts.js';\nexport const x = loadShift;\n`],
    ['core/schedule/documents/data.ts', `import { loadWeek } from '../board.js';\nexport const x = loadWeek;\n`],
    [
      'core/agreements/rules.ts',
      `import { agreementMethods } from '../contract/agreements/methods.js';\nexport const x = agreementMethods;\n`,
    ],
    [
      'core/api/handlers.ts',
      `import { clientHandlers } from '../clients/handlers.js';\nexport const x = clientHandlers;\n`,
    ],
  ])('%s allows: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

describe('the browser’s own questions', { timeout: 60_000 }, () => {
  test.each([
    `export const ask = () => window.confirm('Smazat?');\n`,
    `export const ask = () => confirm('Smazat?');\n`,
    `export const tell = () => window.alert('Hotovo');\n`,
  ])('the renderer refuses: %s', async (code) => {
    const [result] = await eslint.lintText(code, { filePath: 'renderer/src/lib/format.ts' });
    const refused = (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted-'));
    expect(refused.map((m) => m.message)).toEqual([expect.stringContaining('ConfirmDialog')]);
  });
});
