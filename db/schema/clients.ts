import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A client of the contact centre who may take part in the work programme.
 * Dates are ISO local dates (YYYY-MM-DD); `searchText` is a lower-case,
 * diacritics-free copy of the names and code, and `sortKey` sorts in Czech
 * alphabetical order; core/ keeps both on every write.
 */
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    /** The code lower-cased by core/ (SQLite's lower() knows only ASCII), for uniqueness. */
    codeKey: text('code_key').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    nickname: text('nickname'),
    birthDate: text('birth_date').notNull(),
    birthNumber: text('birth_number'),
    street: text('street'),
    city: text('city'),
    postcode: text('postcode'),
    idDocumentNumber: text('id_document_number'),
    healthInsurer: text('health_insurer'),
    phone: text('phone'),
    paymentMethod: text('payment_method', { enum: ['cash', 'bank'] })
      .notNull()
      .default('cash'),
    bankAccount: text('bank_account'),
    taxDeclarationSigned: integer('tax_declaration_signed', { mode: 'boolean' }).notNull().default(false),
    taxDeclarationSince: text('tax_declaration_since'),
    /** The state also pays the client's health insurance (jobseeker, pensioner…): no minimum assessment base. */
    statePaysHealthInsurance: integer('state_pays_health_insurance', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    deactivatedOn: text('deactivated_on'),
    deactivationReason: text('deactivation_reason'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    duplicateKey: text('duplicate_key').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('clients_code_unique').on(t.codeKey),
    index('clients_duplicate_key').on(t.duplicateKey),
    index('clients_sort').on(t.sortKey),
  ],
);

/** A period in which the centre's house rules bar the client (ban or suspension). */
export const clientSuspensions = sqliteTable(
  'client_suspensions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('client_suspensions_client').on(t.clientId, t.fromDate)],
);
