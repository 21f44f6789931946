// See https://svelte.dev/docs/kit/types#app.d.ts
import type { PageMeta, SiteInfo } from '$lib/types';

declare global {
	namespace App {
		interface PageData {
			site: SiteInfo;
			/** title, description and canonical path of the page, rendered by the root layout */
			meta?: PageMeta & { jsonLdText?: string };
		}
		interface PageState {
			/** the filter query the stories and governments browsers last pushed */
			query?: string;
		}
	}
}
