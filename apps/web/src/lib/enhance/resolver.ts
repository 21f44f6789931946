/**
 * @module /enhance/resolver.js: core's government resolver, which the governments script imports
 * on the first name typed (bundled on its own: see enhancements.js)
 */
export { resolveGovernment } from '@mgi-stories/core/resolve';
