/** @module what `loadSearch` loads */
export { search, searchGovernments, searchStories } from '@mgi-stories/core/search';
