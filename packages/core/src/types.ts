/**
 * @module the types of the published data: deeply read-only records, and the ids, codes and facet
 * values as literal unions generated from the data at build (so a typo in a filter fails to compile).
 * No zod type is reachable from here: a consumer's compiler loads none.
 */
export type * from './generated/literals.js';
export type * from './records.js';
