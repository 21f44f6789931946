/**
 * @module /enhance.js: the progressive enhancement of the pages that ship no framework code (copy
 * buttons). Without it every page works as prerendered.
 */
import { enhanceCopyButtons } from './copy';

enhanceCopyButtons();
// e2e tests wait for this marker before interacting
document.documentElement.dataset.hydrated = 'true';
