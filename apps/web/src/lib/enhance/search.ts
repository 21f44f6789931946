/**
 * @module /enhance/search.js: the search page in the browser. It searches with core's engine over
 * the prerendered index (loaded on the first query) as the visitor types, keeps the address and the
 * title in step, and writes the results in the words of the templates the page carries for its
 * server (`#server-results`), so the two read alike.
 */
import type { ClientSearchHit } from '../search/story-search';
import { keepQueryOnLanguageLinks } from './language-links';
import { matchNodes } from './match';
import { required } from './required';
import { fillData } from './template';

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	created.append(...children);
	return created;
}

function enhanceSearch(form: HTMLFormElement, templates: HTMLElement, client: HTMLElement) {
	const input = required<HTMLInputElement>(form, 'input[name="q"]');
	const hitsBox = required<HTMLElement>(client, '[data-hits]');
	const failed = required<HTMLElement>(client, '[data-search-failed]');
	const hitNames = JSON.parse(templates.dataset.hitNames ?? '{}') as Record<string, string>;
	const language = document.documentElement.lang;
	const locale = language || undefined;
	/** the page's language folder ("/fr" on /fr/search/): the index's links are the English paths */
	const folder = location.pathname.slice(0, location.pathname.indexOf('/search/'));
	let latest = 0;

	function list(heading: string, hits: ClientSearchHit[]): Node[] {
		if (hits.length === 0) return [];
		const items = hits.map((hit) => {
			const link = element('a', hitNames[`${hit.kind}:${hit.id}`] ?? hit.title);
			link.href = `${folder}${hit.href}`;
			const item = element('li', link);
			if (!hit.allWords) {
				const partial = element('span', fillData(templates, 'someWords'));
				partial.className = 'partial';
				item.append(' ', partial);
			}
			const match = element('p', ...matchNodes(hit.match, templates, language));
			match.className = 'match';
			item.append(match);
			return item;
		});
		const ul = element('ul', ...items);
		ul.className = 'hits';
		return [element('h2', heading), ul];
	}

	let serverAnswerShown = true;
	/** the server's answer, if any, gives way to the browser's in one step, so nothing moves twice */
	function handOver() {
		if (!serverAnswerShown) return;
		serverAnswerShown = false;
		templates.hidden = true;
		templates.replaceChildren();
		client.hidden = false;
	}

	async function run() {
		const query = input.value.trim();
		const request = ++latest;
		const url = new URL(location.href);
		if ((url.searchParams.get('q') ?? '') !== query) {
			if (query) url.searchParams.set('q', query);
			else url.searchParams.delete('q');
			history.replaceState(null, '', url);
		}
		document.title = query
			? fillData(templates, 'title', { query })
			: fillData(client, 'emptyTitle');
		if (!query) {
			handOver();
			hitsBox.replaceChildren();
			return;
		}
		try {
			// core's engine and its index load on the first query, not with the page
			const { loadSearch } = await import('../search/story-search');
			const engine = await loadSearch();
			if (request !== latest) return;
			const hits = engine.search(query, { locale });
			const summary = element(
				'p',
				hits.length > 0
					? fillData(templates, 'results', { query, count: hits.length })
					: fillData(
							templates,
							engine.analyze(query, locale).words.length === 0 ? 'stopWords' : 'nothing',
							{ query },
						),
			);
			summary.className = 'summary';
			failed.hidden = true;
			handOver();
			hitsBox.replaceChildren(
				summary,
				...list(
					fillData(templates, 'stories'),
					hits.filter((hit) => hit.kind === 'story'),
				),
				...list(
					fillData(templates, 'governments'),
					hits.filter((hit) => hit.kind === 'government'),
				),
			);
		} catch {
			handOver();
			failed.hidden = false;
		}
	}

	input.value = new URLSearchParams(location.search).get('q') ?? '';
	input.addEventListener('input', () => void run());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	void run();
}

const form = document.querySelector<HTMLFormElement>('form.search');
const templates = document.getElementById('server-results');
const client = document.querySelector<HTMLElement>('[data-client-results]');
if (form && templates && client) enhanceSearch(form, templates, client);
keepQueryOnLanguageLinks();
// e2e tests wait for this marker before interacting
document.documentElement.dataset.hydrated = 'true';
