/**
 * Bounded cost whatever the input: memory after 50,000 unique junk URLs, and CPU of the worst
 * query the API accepts against a one-word query. Nothing here is timed against the wall clock:
 * memory is the memo's own accounting plus the heap after a forced collection, and CPU is a ratio
 * of two workloads measured in alternating rounds in the same process.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { RepresentationMemo } from './middleware/cache.js';
import { MAX_QUERY_TERMS } from './openapi/params.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** heap and off-heap bytes still reachable after a full collection */
function retainedBytes(): number {
	gc();
	gc();
	const { heapUsed, external, arrayBuffers } = process.memoryUsage();
	return heapUsed + external + arrayBuffers;
}

let seed = 1;
const junk = (length: number) => {
	let text = '';
	while (text.length < length) {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		text += seed.toString(36);
	}
	return text.slice(0, length);
};

/** 50,000 unique hostile targets: prototype keys, unknown names, unique queries that succeed */
function* junkTargets() {
	for (let i = 0; i < 50_000; i++) {
		switch (i % 5) {
			case 0:
				yield `/v1/stories?__proto__=${junk(1900)}`;
				break;
			case 1:
				yield `/v1/governments?constructor=${junk(1900)}`;
				break;
			case 2:
				yield `/v1/stories/${junk(60)}?${junk(8)}=${junk(1800)}`;
				break;
			case 3:
				// a unique valid query: 200, public, memoized until the caps evict it
				yield `/v1/governments?q=${junk(12)}&limit=${1 + (i % 100)}`;
				break;
			default:
				yield `/v1/stats?${junk(1900)}`;
		}
	}
}

/** what the memo may hold in the test: small caps, so eviction is exercised many times over */
const TEST_CACHE_BYTES = 4_000_000;
const TEST_CACHE_ENTRIES = 1_000;
/** documented bound on what 50,000 junk URLs may leave behind beyond the memo's cap */
const SLACK_BYTES = 24_000_000;
/** documented bound on resident memory growth over the same run (RSS includes V8's reserves) */
const RSS_BOUND_BYTES = 160_000_000;

describe('memory after 50,000 unique junk URLs', () => {
	it('keeps the memo within its caps, the retained heap within cap + 24 MB and RSS growth under 160 MB', async () => {
		const memo = new RepresentationMemo({
			maxBytes: TEST_CACHE_BYTES,
			maxEntries: TEST_CACHE_ENTRIES,
		});
		const app = createApp({ memo });
		// warm up: core's indexes, zod schemas, the router
		for (const target of [
			'/v1/stories',
			'/v1/governments?q=bra',
			'/v1/search?q=a',
			'/v1/stats?x=1',
		]) {
			await app.request(target);
		}
		const before = retainedBytes();
		const rssBefore = process.memoryUsage().rss;
		const statuses = new Map<number, number>();
		let peakBytes = 0;
		for (const target of junkTargets()) {
			const response = await app.request(target);
			await response.arrayBuffer();
			statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
			peakBytes = Math.max(peakBytes, memo.bytes);
		}
		const growth = retainedBytes() - before;
		const rssGrowth = process.memoryUsage().rss - rssBefore;
		// junk names are 400 on every route (before any 404), the unique valid queries 200
		expect(Object.fromEntries(statuses)).toEqual({ 200: 10_000, 400: 40_000 });
		expect(peakBytes).toBeLessThanOrEqual(TEST_CACHE_BYTES);
		expect(memo.size).toBeLessThanOrEqual(TEST_CACHE_ENTRIES);
		expect(growth).toBeLessThan(TEST_CACHE_BYTES + SLACK_BYTES);
		// RSS also holds what V8 reserved and has not returned: a generous bound (measured: ~73 MB)
		expect(rssGrowth).toBeLessThan(RSS_BOUND_BYTES);
	}, 600_000);
});

describe('CPU of the worst accepted query', () => {
	it(`costs at most 10× a one-word query (${MAX_QUERY_TERMS} one-letter words, the most allowed)`, async () => {
		const app = createApp({ cacheBytes: 0 });
		const letters = 'abcdefghijklmnopqrstuvwxyz';
		const worst = (i: number) =>
			`/v1/search?q=${Array.from({ length: MAX_QUERY_TERMS }, (_, k) => letters[(i + k * 3) % 26]).join('+')}`;
		const oneWord = (i: number) => `/v1/search?q=migration&offset=${i % 20}`;
		const spent = { worst: 0, oneWord: 0 };
		const run = async (kind: keyof typeof spent, make: (i: number) => string, round: number) => {
			const start = process.cpuUsage();
			for (let i = 0; i < 20; i++) await (await app.request(make(round * 20 + i))).arrayBuffer();
			const used = process.cpuUsage(start);
			spent[kind] += used.user + used.system;
		};
		await run('worst', worst, 99);
		await run('oneWord', oneWord, 99);
		spent.worst = 0;
		spent.oneWord = 0;
		for (let round = 0; round < 10; round++) {
			await run('worst', worst, round);
			await run('oneWord', oneWord, round);
		}
		expect(spent.worst / spent.oneWord).toBeLessThan(10);
	}, 300_000);
});
