/** @module Cloudflare Workers entry: the same app, served from the edge */
import { createApp } from '../app.js';

const app = createApp();

export default {
	fetch: (request, env, ctx) => app.fetch(request, env, ctx),
} satisfies ExportedHandler<Record<string, never>>;
