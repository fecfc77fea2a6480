/**
 * What other domains may use from clients: how a client is named in other
 * records, and the search words of a query (folded, escaped for LIKE).
 */
export { clientPersonColumns, clientRefColumns } from './columns.js';
export { searchTokens } from './search.js';
