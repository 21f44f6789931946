/** @module what `loadSearch` loads */
export { filterGovernments, filterStories, search } from '@mgi-stories/core';
