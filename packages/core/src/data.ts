/**
 * @module the dataset: validated against its zod schemas and the rules between records at build time,
 * shipped as deeply frozen modules (one per collection), so importing it runs no validation and needs no zod
 */
export * from './generated/index.js';
