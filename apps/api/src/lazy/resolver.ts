/** @module what `loadResolver` loads */
export { resolveGovernment } from '@mgi-stories/core/resolve';
