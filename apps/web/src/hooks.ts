/** @module universal hooks: /fr/… and /es/… render the same routes as the English pages */
import type { Reroute } from '@sveltejs/kit';
import { routePath } from '$lib/i18n';

export const reroute: Reroute = ({ url }) => routePath(url.pathname);
