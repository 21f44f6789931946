import { describe, expect, it } from 'vitest';
import { isDeployBuild, publicOrigins } from './config';

describe('publicOrigins', () => {
	it('falls back to localhost for a local build, so pnpm start works', () => {
		expect(publicOrigins({})).toEqual({
			site: 'http://localhost:4173',
			api: 'http://localhost:8787',
		});
	});

	it('fails a deploy build without the origins, naming both variables', () => {
		expect(() => publicOrigins({ MGI_DEPLOY: 'true' })).toThrow(
			/set PUBLIC_SITE_URL and PUBLIC_API_URL/,
		);
	});

	it('names only the missing variable', () => {
		expect(() =>
			publicOrigins({ MGI_DEPLOY: 'true', PUBLIC_SITE_URL: 'https://stories.example.org' }),
		).toThrow(/set PUBLIC_API_URL \(/);
	});

	it('treats Cloudflare Pages and Netlify builds as deploy builds', () => {
		expect(isDeployBuild({ CF_PAGES: '1' })).toBe(true);
		expect(isDeployBuild({ NETLIFY: 'true' })).toBe(true);
		expect(isDeployBuild({ NODE_ENV: 'production' })).toBe(false);
	});

	it('refuses localhost and non-http origins in a deploy build', () => {
		expect(() =>
			publicOrigins({
				MGI_DEPLOY: 'true',
				PUBLIC_SITE_URL: 'http://localhost:4173',
				PUBLIC_API_URL: 'https://api.example.org',
			}),
		).toThrow(/PUBLIC_SITE_URL points at localhost/);
		expect(() => publicOrigins({ PUBLIC_API_URL: 'ftp://x.example' })).toThrow(/PUBLIC_API_URL/);
	});

	it('keeps the given origins without a trailing slash', () => {
		expect(
			publicOrigins({
				MGI_DEPLOY: 'true',
				PUBLIC_SITE_URL: 'https://stories.example.org/',
				PUBLIC_API_URL: 'https://api.example.org',
			}),
		).toEqual({ site: 'https://stories.example.org', api: 'https://api.example.org' });
	});
});
