/** Printing the agreement documents: gather the data, keep it, move the paper's status on. */
import { eq } from 'drizzle-orm';
import { agreementAmendments, agreements } from '../../db/schema/index.js';
import type { agreementMethods } from '../contract/agreements/methods.js';
import type { Locale } from '../contract/i18n.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import type { DocumentJob } from '../documents/registry.js';
import type { AgreementData, AmendmentData, InformationData, NoticeData } from './documents/data.js';
import { agreementTemplateNames } from './documents/names.js';
import { noticeLastDay } from './ending.js';
import { checkAgreement, requireSigned } from './lifecycle.js';
import { balancingWeeks } from './limits.js';
import {
  agreementRow,
  amendmentsOf,
  kindOf,
  loadAgreement,
  originalTerms,
  segmentsFor,
  type AgreementRow,
} from './rows.js';
import { checkTerms, parametersFor } from './rules.js';
import { agreementTexts, loadAgreementSettings } from './settings.js';
import {
  employeeData,
  employerData,
  fileNameFor,
  jobOf,
  keepPrint,
  latestDocument,
  storedDocument,
} from './snapshots.js';
import { changedTerms, segmentsOf, termsOn } from './terms.js';

type PrintHandlers = Pick<
  Handlers<typeof agreementMethods>,
  | 'agreements.print'
  | 'agreements.printInformation'
  | 'agreements.printAmendment'
  | 'agreements.printAmendments'
  | 'agreements.printNotice'
  | 'agreements.prepareNotice'
  | 'agreements.reprint'
>;

function jobFor(
  ctx: Ctx,
  row: AgreementRow,
  kind: 'agreement' | 'information' | 'notice',
  lang: Locale,
  data: AgreementData | InformationData | NoticeData,
): DocumentJob {
  const fileName = fileNameFor(kind, lang, row.number, data.employee);
  const stored = keepPrint(ctx, { agreementId: row.id, amendmentId: null, kind, lang, fileName }, data);
  ctx.audit({ entity: 'agreementDocument', entityId: stored.id, detail: { agreementId: row.id, kind, lang } });
  return jobOf(stored, lang, { number: row.number, employee: data.employee });
}

/** The data of one amendment as printed; a signed one prints as it was signed. */
function amendmentPrint(ctx: Ctx, amendmentId: number, lang: Locale, field: string) {
  const amendment = ctx.db.select().from(agreementAmendments).where(eq(agreementAmendments.id, amendmentId)).get();
  if (!amendment) throw notFound(field);
  const row = agreementRow(ctx, amendment.agreementId);
  if (amendment.status === 'signed') {
    const stored = latestDocument(ctx, row.id, 'amendment', amendment.id);
    if (stored) return { row, amendment, stored, fresh: false };
  }
  const all = amendmentsOf(ctx, row.id);
  const record = all.find((m) => m.id === amendment.id);
  if (!record) throw notFound(field);
  const original = originalTerms(ctx, row.id);
  const before = all.filter((m) => m.seq < record.seq && m.status === 'signed').at(-1)?.terms ?? original;
  checkTerms(ctx, kindOf(row), segmentsOf(record.effectiveFrom, row.endedOn ?? record.terms.validTo, record.terms, []));
  const employee = employeeData(ctx, row.clientId);
  const data: AmendmentData = {
    number: row.number,
    seq: record.seq,
    agreementSignedOn: row.signedOn ?? row.validFrom,
    effectiveFrom: record.effectiveFrom,
    before,
    after: record.terms,
    changes: changedTerms(before, record.terms),
    employer: employerData(ctx),
    employee,
  };
  const fileName = fileNameFor('amendment', lang, row.number, employee, record.seq);
  const stored = keepPrint(
    ctx,
    { agreementId: row.id, amendmentId: amendment.id, kind: 'amendment', lang, fileName },
    { amendments: [data] },
  );
  if (amendment.status === 'draft') {
    ctx.db
      .update(agreementAmendments)
      .set({ status: 'printed', updatedAt: ctx.timestamp() })
      .where(eq(agreementAmendments.id, amendment.id))
      .run();
  }
  return { row, amendment, stored, fresh: true };
}

/** A notice as printed: delivered (or planned) on a day, or with the dates left to fill in. */
function noticeData(
  ctx: Ctx,
  row: AgreementRow,
  notice: { noticeBy: NoticeData['noticeBy']; deliveredOn: string | null; endedOn: string | null },
): NoticeData {
  const segments = segmentsFor(row, originalTerms(ctx, row.id), amendmentsOf(ctx, row.id));
  const lastTerms = termsOn(segments, notice.endedOn ?? ctx.today());
  return {
    number: row.number,
    signedOn: row.signedOn ?? row.validFrom,
    ...notice,
    noticeDays: termsOn(segments, notice.deliveredOn ?? ctx.today()).noticeDays,
    hourlyRate: lastTerms.hourlyRate,
    payday: lastTerms.payday,
    employer: employerData(ctx),
    employee: employeeData(ctx, row.clientId),
  };
}

/** The balancing period the information states: the agreement's weeks, or the legal longest. */
function balancingOf(validFrom: string, validTo: string | null, maxWeeks: number) {
  const weeks = balancingWeeks(validFrom, validTo, maxWeeks);
  return weeks === null ? { weeks: maxWeeks, wholeAgreement: false } : { weeks, wholeAgreement: true };
}

export const printHandlers: PrintHandlers = {
  'agreements.print': ({ id, lang }, ctx) => {
    const language = lang ?? ctx.locale;
    const row = agreementRow(ctx, id);
    if (row.status === 'signed' || row.status === 'ended') {
      // What was signed is printed again as it was, whatever changed since.
      const stored = latestDocument(ctx, id, 'agreement');
      if (!stored) throw new DomainError('agreement.notPrintedYet', { number: row.number }, 'id');
      ctx.audit({ entity: 'agreementDocument', entityId: stored.id, detail: { agreementId: id, reprint: true } });
      return jobOf(stored, language, { number: row.number, employee: employeeData(ctx, row.clientId) });
    }
    const terms = originalTerms(ctx, id);
    checkAgreement(ctx, {
      clientId: row.clientId,
      validFrom: row.validFrom,
      terms,
      schoolingConfirmed: row.schoolingConfirmed,
      excludeId: id,
    });
    const data: AgreementData = {
      number: row.number,
      kind: kindOf(row),
      validFrom: row.validFrom,
      terms,
      scheduleNoticeDays: parametersFor(ctx, row.validFrom, 'validFrom').scheduleNoticeDays,
      employer: employerData(ctx),
      employee: employeeData(ctx, row.clientId),
    };
    const job = jobFor(ctx, row, 'agreement', language, data);
    if (row.status === 'draft') {
      ctx.db
        .update(agreements)
        .set({ status: 'printed', updatedAt: ctx.timestamp() })
        .where(eq(agreements.id, id))
        .run();
    }
    return job;
  },

  'agreements.printInformation': ({ id, lang }, ctx) => {
    const row = agreementRow(ctx, id);
    if (row.status === 'draft') throw new DomainError('agreement.notPrintedYet', { number: row.number }, 'id');
    const today = ctx.today();
    const day =
      row.endedOn !== null && row.endedOn < today ? row.endedOn : today < row.validFrom ? row.validFrom : today;
    const segments = segmentsFor(row, originalTerms(ctx, id), amendmentsOf(ctx, id));
    const parameters = parametersFor(ctx, day, 'id');
    const texts = agreementTexts(loadAgreementSettings(ctx), lang ?? ctx.locale);
    const terms = termsOn(segments, day);
    const data: InformationData = {
      number: row.number,
      kind: kindOf(row),
      validFrom: row.validFrom,
      terms,
      scheduleNoticeDays: parameters.scheduleNoticeDays,
      employer: employerData(ctx),
      employee: employeeData(ctx, row.clientId),
      signedOn: row.signedOn,
      shiftScheduling: texts.shiftScheduling,
      additionalInformation: texts.additionalInformation,
      insuranceThresholdMonthly: parameters.insuranceThresholdMonthly,
      termsOn: day,
      balancing: balancingOf(row.validFrom, terms.validTo, parameters.balancingPeriodWeeks),
    };
    return jobFor(ctx, row, 'information', lang ?? ctx.locale, data);
  },

  'agreements.printAmendment': ({ id, lang }, ctx) => {
    const language = lang ?? ctx.locale;
    const { row, amendment, stored } = amendmentPrint(ctx, id, language, 'id');
    ctx.audit({
      entity: 'agreementDocument',
      entityId: stored.id,
      detail: { amendmentId: amendment.id, lang: language },
    });
    return jobOf(stored, language, {
      number: row.number,
      employee: employeeData(ctx, row.clientId),
      seq: amendment.seq,
    });
  },

  'agreements.printAmendments': ({ ids, lang }, ctx) => {
    const language = lang ?? ctx.locale;
    const prints = [...new Set(ids)].map((id) => amendmentPrint(ctx, id, language, 'ids'));
    const amendments = prints.flatMap((p) => (JSON.parse(p.stored.data) as { amendments: unknown[] }).amendments);
    ctx.audit({
      entity: 'agreementDocument',
      detail: {
        amendments: prints.map((p) => ({ amendmentId: p.amendment.id, documentId: p.stored.id })),
        lang: language,
      },
    });
    const prefix = language === 'cs' ? 'dodatky' : 'amendments';
    return {
      template: agreementTemplateNames.amendment,
      fileName: `${prefix}-${ctx.today()}.pdf`,
      lang: language,
      createdAt: ctx.timestamp(),
      data: { amendments },
    };
  },

  'agreements.printNotice': ({ id, lang }, ctx) => {
    const row = agreementRow(ctx, id);
    if (row.endReason !== 'notice' || row.noticeBy === null || row.noticeDeliveredOn === null || row.endedOn === null) {
      throw new DomainError('agreement.notByNotice', { number: row.number }, 'id');
    }
    const data = noticeData(ctx, row, {
      noticeBy: row.noticeBy,
      deliveredOn: row.noticeDeliveredOn,
      endedOn: row.endedOn,
    });
    return jobFor(ctx, row, 'notice', lang ?? ctx.locale, data);
  },

  'agreements.prepareNotice': ({ id, noticeBy, deliveredOn, lang }, ctx) => {
    const row = agreementRow(ctx, id);
    requireSigned(row);
    if (deliveredOn !== null && deliveredOn < ctx.today()) {
      throw new DomainError('agreement.plannedDeliveryPast', {}, 'deliveredOn');
    }
    const endedOn = deliveredOn === null ? null : noticeLastDay(ctx, row, deliveredOn);
    const data = noticeData(ctx, row, { noticeBy, deliveredOn, endedOn });
    return jobFor(ctx, row, 'notice', lang ?? ctx.locale, data);
  },

  'agreements.reprint': ({ documentId, lang }, ctx) => {
    const stored = storedDocument(ctx, documentId);
    const agreement = loadAgreement(ctx, stored.agreementId);
    const seq = agreement.amendments.find((m) => m.id === stored.amendmentId)?.seq;
    return jobOf(stored, lang ?? stored.lang, {
      number: agreement.number,
      employee: agreement.client,
      ...(seq === undefined ? {} : { seq }),
    });
  },
};
