/** @module Cloudflare Workers entry: the same app, served from the edge */
import { createApp } from '../app.js';

// workerd (and Cloudflare's edge) compress a body sent with Content-Encoding on the way out
const app = createApp({ compress: 'runtime' });

export default {
	fetch: (request, env, ctx) => app.fetch(request, env, ctx),
} satisfies ExportedHandler<Record<string, never>>;
