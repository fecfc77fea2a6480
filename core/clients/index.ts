/**
 * What other domains may use from clients: how a client is named in other
 * records, the search words of a query (folded, escaped for LIKE), and the
 * keys kept beside the names (rebuilt when an anonymisation blanks them).
 */
export { clientPersonColumns, clientRefColumns } from './columns.js';
export { clientDuplicateKey, clientSearchText, clientSortKey, searchTokens } from './search.js';
