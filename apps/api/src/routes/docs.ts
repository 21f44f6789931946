/** @module /docs: interactive documentation whose assets are served by the API itself (works offline) */
import { Hono } from 'hono/tiny';
import { DOCS_HTML } from '../docs/page.js';
import { noQuery } from '../middleware/guard.js';
import { DOCS_CSP } from '../middleware/headers.js';

/** The docs' routes; `script` and `style` give the browser script's and stylesheet's texts (app.ts: bundled, or the Worker's static assets). */
export const docsRoutes = (script: () => Promise<string>, style: () => Promise<string>) =>
	new Hono()
		.use(noQuery())
		.get('/', (c) => {
			c.header('Content-Security-Policy', DOCS_CSP);
			return c.html(DOCS_HTML);
		})
		.get('/app.js', async (c) =>
			c.body(await script(), 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
		)
		.get('/app.css', async (c) =>
			c.body(await style(), 200, { 'Content-Type': 'text/css; charset=utf-8' }),
		);
