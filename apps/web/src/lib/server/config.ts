/** @module build-time settings, read from the environment once during prerendering */

/** The variables that set the public origins; the README's "Deploying" section documents them. */
export const ORIGIN_VARIABLES = ['PUBLIC_SITE_URL', 'PUBLIC_API_URL'] as const;

const LOCAL_DEFAULTS = {
	PUBLIC_SITE_URL: 'http://localhost:4173',
	PUBLIC_API_URL: 'http://localhost:8787',
} as const;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether this build is meant to be published: `MGI_DEPLOY=true` (`pnpm build:deploy`), or a build
 * on Cloudflare Pages (`CF_PAGES`) or Netlify (`NETLIFY`), which set those variables themselves.
 */
export const isDeployBuild = (env: Env): boolean =>
	env.MGI_DEPLOY === 'true' || env.CF_PAGES === '1' || env.NETLIFY === 'true';

/**
 * The site's and the API's public origins. A local build falls back to localhost (what `pnpm start`
 * serves); a deploy build without them, or with something that is not an http(s) URL, throws an
 * error naming the variables, so no published page links to localhost.
 */
export function publicOrigins(env: Env): { site: string; api: string } {
	const deploy = isDeployBuild(env);
	const missing = ORIGIN_VARIABLES.filter((name) => !env[name]?.trim());
	if (deploy && missing.length > 0) {
		throw new Error(
			`A deploy build needs the public origins: set ${missing.join(' and ')} (e.g. PUBLIC_SITE_URL=https://stories.example.org PUBLIC_API_URL=https://api.stories.example.org). See apps/web/README.md, "Deploying".`,
		);
	}
	const read = (name: (typeof ORIGIN_VARIABLES)[number]) => {
		const value = env[name]?.trim() || LOCAL_DEFAULTS[name];
		let url: URL;
		try {
			url = new URL(value);
		} catch {
			throw new Error(`${name} must be an absolute http(s) URL, got "${value}"`);
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') {
			throw new Error(`${name} must be an absolute http(s) URL, got "${value}"`);
		}
		if (deploy && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)) {
			throw new Error(`${name} points at ${url.hostname}; a deploy build needs the public origin`);
		}
		return value.replace(/\/+$/, '');
	};
	return { site: read('PUBLIC_SITE_URL'), api: read('PUBLIC_API_URL') };
}

const origins = publicOrigins(process.env);

/** Public origin of the site, for canonical URLs, Open Graph and the sitemap. */
export const SITE_URL = origins.site;

/** Base URL of the MGI stories API (apps/api). */
export const API_URL = origins.api;

export const SITE_NAME = 'MGI Success Stories';

/** Absolute URL of a site path. */
export const absoluteUrl = (path: string) => new URL(path, `${SITE_URL}/`).href;
