/** @module the resolver conformance adapter: asks a running API's /v1/resolve, in a language */
import type { ResolverReply } from '@mgi-stories/conformance/resolver';
import type { Locale } from '@mgi-stories/core';
import type { Runtime } from './runtimes.js';

/** A 200 is an answer, a 400 or 414 problem (target too long) a rejection; anything else fails the suite. */
export async function resolveOver(
	runtime: Runtime,
	query: string,
	locale?: Locale,
): Promise<ResolverReply> {
	const lang = locale ? `&lang=${locale}` : '';
	const response = await runtime.fetch(`/v1/resolve?q=${encodeURIComponent(query)}${lang}`);
	if (response.status === 400 || response.status === 414) {
		const problem = (await response.json()) as { detail: string };
		return { rejected: problem.detail };
	}
	if (response.status !== 200) {
		throw new Error(`${runtime.name} answered /v1/resolve?q=${query} with ${response.status}`);
	}
	return ((await response.json()) as { data: ResolverReply }).data;
}
