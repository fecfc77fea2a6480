import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createCtx } from '../../../core/api/context.js';
import { DomainError } from '../../../core/api/domain-error.js';
import { recordPayout, type Payout } from '../../../core/cash/index.js';
import type { ReceiptView } from '../../../core/contract/cash.js';
import type { DocumentFile } from '../../../core/contract/documents.js';
import { fixedNow, type TestApp } from '../../helpers/db.js';

/**
 * Pays out through the cash domain's public function, as another domain does,
 * inside one transaction like a dispatched call: a refusal leaves nothing.
 */
export function payOut(
  app: TestApp,
  payout: Omit<Payout, 'kind' | 'payMonth'> & Partial<Pick<Payout, 'kind' | 'payMonth'>>,
  now: () => Date = fixedNow,
): ReceiptView | DomainError {
  const ctx = createCtx(app.database.db, {
    now,
    actor: 'Jana Pokladní',
    method: 'test.payOut',
    locale: 'en',
    meta: { appVersion: 'test', schemaVersion: 'test' },
  });
  try {
    return app.database.sqlite.transaction(() =>
      recordPayout(ctx, { kind: 'advance', payMonth: payout.date.slice(0, 7), ...payout }),
    )();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

export function paid(result: ReceiptView | DomainError): ReceiptView {
  if (result instanceof DomainError) throw new Error(`payout refused: ${result.code}`);
  return result;
}

/** The PDF's text as poppler reads it, the file kept beside it for a look. */
export function pdfText(dir: string, file: DocumentFile, name: string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, file.bytes ?? new Uint8Array());
  return execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
}
