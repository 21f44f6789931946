/** @module Cloudflare Workers entry: the same app, served from the edge */
import { createHandler } from '../app.js';

// workerd (and Cloudflare's edge) compress a body sent with Content-Encoding on the way out
const { fetch } = createHandler({ compress: 'runtime' });

export default {
	fetch: (request, env, ctx) => fetch(request, env, ctx),
} satisfies ExportedHandler<Record<string, never>>;
