/**
 * @module `pnpm bench` for search: the quality on the judged queries per language (recall@10, MRR,
 * nDCG@5), and the CPU a request costs, uncached: the worst query (eight misspelt words of 23
 * letters) against normal ones (the judged queries). Writes bench-results/search.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../src/i18n/locale.js';
import { searchDocuments } from '../src/search/documents.js';
import { createSearchEngine } from '../src/search/engine.js';
import { search } from '../src/search/search.js';
import { judgments, measureQuality } from './search-quality.js';

const quality = measureQuality((query, locale) =>
	search({ query, locale, kinds: ['story'], limit: 19 }).map((hit) => hit.id),
);
console.log('Story search on the judged queries (targets: recall@10 = 1, MRR ≥ 0.9)\n');
console.log('| language | queries | recall@10 |   MRR | nDCG@5 | misses |');
console.log('| -------- | ------: | --------: | ----: | -----: | -----: |');
for (const row of quality.measured) {
	console.log(
		`| ${row.locale}       | ${String(row.queries).padStart(7)} | ${row.recallAt10.toFixed(3).padStart(9)} | ${row.mrr.toFixed(3)} | ${row.ndcgAt5.toFixed(3).padStart(6)} | ${String(row.misses.length).padStart(6)} |`,
	);
}
if (quality.unjudged.length > 0)
	console.log(`\nNot measured, no judged queries: ${quality.unjudged.join(', ')}`);

/** a deterministic stream of letters, so every run times the same queries */
let seed = 16;
const letter = () => {
	seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
	return String.fromCharCode(97 + (seed % 26));
};
const misspelt = () => Array.from({ length: 23 }, letter).join('');
const worstQuery = () => Array.from({ length: 8 }, misspelt).join(' ');
const normalQueries = LOCALES.flatMap((locale) =>
	(judgments().queries[locale] ?? []).map((judged) => ({ query: judged.query, locale })),
);

const documents = searchDocuments();
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** CPU microseconds per request, each on a fresh engine's cache (a new query every time) */
function cpuPerRequest(next: (at: number) => { query: string; locale: Locale }) {
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) {
		const engine = createSearchEngine(documents);
		for (const locale of LOCALES) engine.search({ query: 'warm', locale });
		const count = normalQueries.length;
		const start = process.cpuUsage();
		for (let at = 0; at < count; at++) engine.search({ ...next(at), limit: 20 });
		const used = process.cpuUsage(start);
		samples.push((used.user + used.system) / count);
	}
	return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
}

const normal = cpuPerRequest(
	(at) => normalQueries[at % normalQueries.length] ?? { query: 'migration', locale: 'en' },
);
const worst = cpuPerRequest((at) => ({
	query: worstQuery(),
	locale: LOCALES[at % LOCALES.length] ?? 'en',
}));
console.log('\nCPU per search request, uncached (median of runs)\n');
console.log(`normal (the ${normalQueries.length} judged queries): ${normal.toFixed(0)} µs`);
console.log(`worst (8 misspelt words of 23 letters):   ${worst.toFixed(0)} µs`);
console.log(`worst / normal: ${(worst / normal).toFixed(2)}× (target ≤ 3×)`);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
	'bench-results/search.json',
	`${JSON.stringify({ quality, cpu: { normalMicros: normal, worstMicros: worst, ratio: worst / normal } }, null, '\t')}\n`,
);
