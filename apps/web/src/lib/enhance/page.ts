/**
 * @module /enhance.js: the progressive enhancement of the pages that ship no framework code (copy
 * buttons, the world map's zoom). Without it every page works as prerendered.
 */
import { enhanceCopyButtons } from './copy';
import { keepQueryOnLanguageLinks } from './language-links';
import { enhanceMapZoom } from './map-zoom';

enhanceCopyButtons();
keepQueryOnLanguageLinks();
enhanceMapZoom();
// e2e tests wait for this marker before interacting
document.documentElement.dataset.hydrated = 'true';
