/**
 * What gets printed, gathered from the database and kept: each printed document
 * stores the exact data it rendered, so printing it again later gives the same
 * document even after the settings or the client's details have changed.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { agreementDocuments, clients } from '../../db/schema/index.js';
import type { PrintedKind } from '../contract/agreements/schemas.js';
import type { Locale } from '../contract/i18n.js';
import type { Ctx } from '../api/context.js';
import { notFound } from '../api/domain-error.js';
import type { DocumentJob } from '../documents/registry.js';
import type { EmployeeData, EmployerData } from './documents/data.js';
import { agreementTemplateNames } from './documents/names.js';
import { fileNameOf } from './documents/words.js';
import { requireEmployerComplete } from './rules.js';
import { loadAgreementSettings } from './settings.js';

export type StoredDocument = typeof agreementDocuments.$inferSelect;

export function employerData(ctx: Ctx): EmployerData {
  const employer = requireEmployerComplete(ctx);
  const city = employer.city ?? '';
  return {
    name: employer.name ?? '',
    address: [employer.street ?? '', `${employer.postcode ?? ''} ${city}`.trim()],
    ico: employer.ico ?? '',
    representativeName: employer.representativeName ?? '',
    representativeRole: employer.representativeRole,
    signingPlace: loadAgreementSettings(ctx).signingPlace,
    city,
  };
}

/** Name, birth date, address and how pay is paid; never the birth number or notes. */
export function employeeData(ctx: Ctx, clientId: number): EmployeeData {
  const client = ctx.db
    .select({
      firstName: clients.firstName,
      lastName: clients.lastName,
      birthDate: clients.birthDate,
      street: clients.street,
      city: clients.city,
      postcode: clients.postcode,
      paymentMethod: clients.paymentMethod,
    })
    .from(clients)
    .where(eq(clients.id, clientId))
    .get();
  if (!client) throw notFound('clientId');
  const town = [client.postcode, client.city].filter(Boolean).join(' ');
  const address = [client.street, town].filter(Boolean).join(', ');
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    birthDate: client.birthDate,
    address: address === '' ? null : address,
    paymentMethod: client.paymentMethod,
  };
}

const filePrefixes: Record<PrintedKind, Record<Locale, string>> = {
  agreement: { cs: 'dohoda', en: 'agreement' },
  information: { cs: 'informace', en: 'information' },
  amendment: { cs: 'dodatek', en: 'amendment' },
  notice: { cs: 'vypoved', en: 'notice' },
};

export function fileNameFor(
  kind: PrintedKind,
  lang: Locale,
  number: string,
  employee: { firstName: string; lastName: string },
  seq?: number,
): string {
  const prefix = filePrefixes[kind][lang] + (seq === undefined ? '' : `-${seq}`);
  return fileNameOf(prefix, number, employee);
}

/** The latest stored print of a document (any language), if there is one. */
export function latestDocument(
  ctx: Ctx,
  agreementId: number,
  kind: PrintedKind,
  amendmentId: number | null = null,
): StoredDocument | undefined {
  return ctx.db
    .select()
    .from(agreementDocuments)
    .where(
      and(
        eq(agreementDocuments.agreementId, agreementId),
        eq(agreementDocuments.kind, kind),
        amendmentId === null ? isNull(agreementDocuments.amendmentId) : eq(agreementDocuments.amendmentId, amendmentId),
      ),
    )
    .orderBy(desc(agreementDocuments.id))
    .get();
}

/**
 * Keeps what is about to be printed. When the latest print in the same
 * language holds exactly the same data, that one is printed again instead, so
 * printing twice gives two identical files.
 */
export function keepPrint(
  ctx: Ctx,
  target: { agreementId: number; amendmentId: number | null; kind: PrintedKind; lang: Locale; fileName: string },
  data: unknown,
): StoredDocument {
  const json = JSON.stringify(data);
  const same = ctx.db
    .select()
    .from(agreementDocuments)
    .where(
      and(
        eq(agreementDocuments.agreementId, target.agreementId),
        eq(agreementDocuments.kind, target.kind),
        eq(agreementDocuments.lang, target.lang),
        target.amendmentId === null
          ? isNull(agreementDocuments.amendmentId)
          : eq(agreementDocuments.amendmentId, target.amendmentId),
      ),
    )
    .orderBy(desc(agreementDocuments.id))
    .get();
  if (same && same.data === json) return same;
  return ctx.db
    .insert(agreementDocuments)
    .values({ ...target, printedAt: ctx.timestamp(), data: json })
    .returning()
    .get();
}

export function storedDocument(ctx: Ctx, id: number, field = 'documentId'): StoredDocument {
  const row = ctx.db
    .select()
    .from(agreementDocuments)
    .where(sql`${agreementDocuments.id} = ${id}`)
    .get();
  if (!row) throw notFound(field);
  return row;
}

const templateOf: Record<PrintedKind, string> = agreementTemplateNames;

/** The job that renders a stored print, in its own language or another one. */
export function jobOf(
  stored: StoredDocument,
  lang: Locale,
  naming: { number: string; employee: { firstName: string; lastName: string }; seq?: number },
): DocumentJob {
  const data = JSON.parse(stored.data) as unknown;
  const fileName =
    lang === stored.lang ? stored.fileName : fileNameFor(stored.kind, lang, naming.number, naming.employee, naming.seq);
  return { template: templateOf[stored.kind], fileName, lang, createdAt: stored.printedAt, data };
}
