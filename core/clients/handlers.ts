import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { clients, clientSuspensions } from '../../db/schema/index.js';
import type { clientMethods } from '../contract/clients.js';
import type { Client, ClientSummary } from '../contract/clients.js';
import { formatBirthNumber } from '../contract/identifiers.js';
import type { Ctx } from '../api/context.js';
import { DomainError, notFound } from '../api/domain-error.js';
import type { Handlers } from '../api/handler.js';
import { periodCovers, periodCoversSql } from '../periods/index.js';
import { releaseBookings, restoreReleased } from '../schedule/index.js';
import { clientRefColumns } from './columns.js';
import { clientCodeKey, clientDuplicateKey, clientSearchText, clientSortKey, searchTokens } from './search.js';

export function loadClient(ctx: Ctx, id: number): Client {
  const row = ctx.db.select().from(clients).where(eq(clients.id, id)).get();
  if (!row) throw notFound('id');
  const suspensions = ctx.db
    .select({
      id: clientSuspensions.id,
      clientId: clientSuspensions.clientId,
      fromDate: clientSuspensions.fromDate,
      toDate: clientSuspensions.toDate,
      reason: clientSuspensions.reason,
    })
    .from(clientSuspensions)
    .where(eq(clientSuspensions.clientId, id))
    .orderBy(asc(clientSuspensions.fromDate))
    .all();
  const today = ctx.today();
  const { searchText: _s, sortKey: _k, duplicateKey: _d, codeKey: _c, ...rest } = row;
  return {
    ...rest,
    healthInsurer: rest.healthInsurer as Client['healthInsurer'],
    suspensions,
    suspendedNow: suspensions.find((s) => periodCovers({ from: s.fromDate, to: s.toDate }, today)) ?? null,
  };
}

function findDuplicates(ctx: Ctx, key: string, excludeId?: number) {
  return ctx.db
    .select(clientRefColumns)
    .from(clients)
    .where(and(eq(clients.duplicateKey, key), excludeId === undefined ? undefined : sql`${clients.id} <> ${excludeId}`))
    .all();
}

type ClientData = Omit<Parameters<Handlers<typeof clientMethods>['clients.create']>[0], 'allowDuplicate'>;

function derived(data: ClientData) {
  return {
    ...data,
    birthNumber: data.birthNumber === null ? null : formatBirthNumber(data.birthNumber),
    bankAccount: data.paymentMethod === 'bank' ? data.bankAccount : null,
    taxDeclarationSince: data.taxDeclarationSigned ? data.taxDeclarationSince : null,
    codeKey: clientCodeKey(data.code),
    searchText: clientSearchText(data),
    sortKey: clientSortKey(data),
    duplicateKey: clientDuplicateKey(data),
  };
}

/** The contract refuses dates before 1900; only the dispatcher's clock knows what is in the future. */
function guardBirthDate(ctx: Ctx, birthDate: string): void {
  if (birthDate > ctx.today()) throw new DomainError('client.birthDateInFuture', {}, 'birthDate');
}

function guardUnique(ctx: Ctx, data: ClientData & { allowDuplicate: boolean }, excludeId?: number): void {
  const taken = ctx.db
    .select({ id: clients.id })
    .from(clients)
    .where(eq(clients.codeKey, clientCodeKey(data.code)))
    .get();
  if (taken && taken.id !== excludeId) throw new DomainError('client.codeTaken', { code: data.code }, 'code');
  if (data.allowDuplicate) return;
  const matches = findDuplicates(ctx, clientDuplicateKey(data), excludeId);
  if (matches.length > 0) {
    throw new DomainError(
      'client.possibleDuplicate',
      { matches: matches.map((m) => `${m.code} ${m.firstName} ${m.lastName}`).join(', '), clients: matches },
      'allowDuplicate',
    );
  }
}

const openEnded = 'open';

/** On the raw alias `s` of the list's subquery (see the note there on aliases). */
const suspensionCovers = (day: string) =>
  periodCoversSql({ from: sql.raw('s.from_date'), to: sql.raw('s.to_date') }, day);

const summaryColumns = {
  id: clients.id,
  code: clients.code,
  firstName: clients.firstName,
  lastName: clients.lastName,
  nickname: clients.nickname,
  birthDate: clients.birthDate,
  active: clients.active,
};

export const clientHandlers: Handlers<typeof clientMethods> = {
  'clients.list': ({ query, includeInactive, limit, offset }, ctx) => {
    const conditions: SQL[] = searchTokens(query).map(
      (token) => sql`${clients.searchText} LIKE ${`%${token}%`} ESCAPE '\\'`,
    );
    // Written into the SQL, not bound: SQLite then tests the cheap flag before the LIKE (twice as fast here).
    if (!includeInactive) conditions.push(sql`${clients.active} = 1`);
    const where = conditions.length > 0 ? and(...conditions) : undefined;
    const today = ctx.today();
    // clients.id is spelled out: drizzle renders ${clients.id} unqualified here,
    // which inside the subquery would mean the suspension's own id.
    const items = ctx.db
      .select({
        ...summaryColumns,
        suspension: sql<string | null>`(SELECT CASE WHEN count(*) = 0 THEN NULL
          WHEN sum(s.to_date IS NULL) > 0 THEN ${openEnded} ELSE max(s.to_date) END FROM client_suspensions s
          WHERE s.client_id = clients.id AND ${suspensionCovers(today)})`,
      })
      .from(clients)
      .where(where)
      .orderBy(asc(clients.sortKey), asc(clients.id))
      .limit(limit)
      .offset(offset)
      .all()
      .map(({ suspension, ...row }): ClientSummary => ({
        ...row,
        suspended: suspension !== null,
        suspendedUntil: suspension === openEnded ? null : suspension,
      }));
    const total =
      ctx.db
        .select({ n: sql<number>`count(*)` })
        .from(clients)
        .where(where)
        .get()?.n ?? 0;
    return { items, total };
  },

  'clients.get': ({ id }, ctx) => loadClient(ctx, id),

  'clients.checkDuplicates': ({ firstName, lastName, birthDate, excludeId }, ctx) =>
    findDuplicates(ctx, clientDuplicateKey({ firstName, lastName, birthDate }), excludeId),

  'clients.create': (input, ctx) => {
    guardBirthDate(ctx, input.birthDate);
    guardUnique(ctx, input);
    const { allowDuplicate: _a, ...data } = input;
    const stamp = ctx.timestamp();
    const row = ctx.db
      .insert(clients)
      .values({ ...derived(data), createdAt: stamp, updatedAt: stamp })
      .returning({ id: clients.id })
      .get();
    ctx.audit({
      entity: 'client',
      entityId: row.id,
      detail: { created: true, duplicateConfirmed: input.allowDuplicate },
    });
    return loadClient(ctx, row.id);
  },

  'clients.update': (input, ctx) => {
    const { id, allowDuplicate, ...data } = input;
    const before = ctx.db.select().from(clients).where(eq(clients.id, id)).get();
    if (!before) throw notFound('id');
    guardBirthDate(ctx, data.birthDate);
    const sameIdentity = clientDuplicateKey(before) === clientDuplicateKey(data);
    guardUnique(ctx, { ...data, allowDuplicate: allowDuplicate || sameIdentity }, id);
    const next = derived(data);
    ctx.db
      .update(clients)
      .set({ ...next, updatedAt: ctx.timestamp() })
      .where(eq(clients.id, id))
      .run();
    // Which fields changed, before and after, is the row's own entry in audit_changes.
    ctx.audit({ entity: 'client', entityId: id });
    return loadClient(ctx, id);
  },

  'clients.deactivate': ({ id, reason }, ctx) => {
    const client = loadClient(ctx, id);
    if (!client.active) throw new DomainError('client.alreadyInactive', {}, 'id');
    ctx.db
      .update(clients)
      .set({ active: false, deactivatedOn: ctx.today(), deactivationReason: reason, updatedAt: ctx.timestamp() })
      .where(eq(clients.id, id))
      .run();
    const release = releaseBookings(ctx, id, { from: ctx.today(), to: null }, { kind: 'deactivated' });
    ctx.audit({
      entity: 'client',
      entityId: id,
      detail: { deactivated: true, released: release.released.map((b) => b.bookingId) },
    });
    return { ...loadClient(ctx, id), ...release };
  },

  'clients.reactivate': ({ id }, ctx) => {
    const client = loadClient(ctx, id);
    if (client.active) throw new DomainError('client.alreadyActive', {}, 'id');
    ctx.db
      .update(clients)
      .set({ active: true, deactivatedOn: null, deactivationReason: null, updatedAt: ctx.timestamp() })
      .where(eq(clients.id, id))
      .run();
    const restored = restoreReleased(ctx, id, { kind: 'deactivated' });
    ctx.audit({
      entity: 'client',
      entityId: id,
      detail: { reactivated: true, restored: restored.map((b) => b.bookingId) },
    });
    return { ...loadClient(ctx, id), restored };
  },

  'clients.addSuspension': ({ clientId, fromDate, toDate, reason }, ctx) => {
    // The input names the client `clientId`, so a missing client points the user there.
    if (!ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get())
      throw notFound('clientId');
    const row = ctx.db
      .insert(clientSuspensions)
      .values({ clientId, fromDate, toDate, reason, createdAt: ctx.timestamp() })
      .returning({ id: clientSuspensions.id })
      .get();
    const release = releaseBookings(
      ctx,
      clientId,
      { from: fromDate, to: toDate },
      { kind: 'suspended', suspensionId: row.id },
    );
    ctx.audit({
      entity: 'clientSuspension',
      entityId: row.id,
      detail: { clientId, fromDate, toDate, released: release.released.map((b) => b.bookingId) },
    });
    return { ...loadClient(ctx, clientId), ...release };
  },

  'clients.removeSuspension': ({ id }, ctx) => {
    const row = ctx.db.select().from(clientSuspensions).where(eq(clientSuspensions.id, id)).get();
    if (!row) throw notFound('id');
    ctx.db.delete(clientSuspensions).where(eq(clientSuspensions.id, id)).run();
    const restored = restoreReleased(ctx, row.clientId, { kind: 'suspended', suspensionId: id });
    ctx.audit({
      entity: 'clientSuspension',
      entityId: id,
      detail: {
        removed: true,
        clientId: row.clientId,
        fromDate: row.fromDate,
        toDate: row.toDate,
        restored: restored.map((b) => b.bookingId),
      },
    });
    return { ...loadClient(ctx, row.clientId), restored };
  },
};
