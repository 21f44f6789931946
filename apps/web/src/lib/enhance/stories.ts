/**
 * @module /enhance/stories.js: instant filters and search on the prerendered stories page. The
 * page's cards are all in the markup: this shows, hides and orders them, recounts the filters,
 * keeps the address (history.replaceState) and the document title in step, and searches with
 * core's engine, loaded with its index on the first query. Words come from the markup (template.ts).
 */

import {
	FILTER_KEYS,
	type FilterKey,
	type FilterValues,
	isFiltered,
	matches,
	optionCounts,
	parseQuery,
	toggle,
	toQuery,
} from '../filters';
import type { ClientSearchHit, StorySearch } from '../search/story-search';
import { enhanceCopyButtons } from './copy';
import { keepQueryOnLanguageLinks } from './language-links';
import { matchNodes } from './match';
import { required } from './required';
import { fillData } from './template';

interface Card {
	slug: string;
	item: HTMLLIElement;
	text: HTMLElement | null;
	excerpt: string;
	filters: Record<FilterKey, string[]>;
}

const isFilterKey = (key: string | undefined): key is FilterKey =>
	FILTER_KEYS.some((candidate) => candidate === key);

function enhanceStoriesBrowser(root: HTMLElement): void {
	const input = required<HTMLInputElement>(root, 'input[type="search"]');
	const list = required<HTMLOListElement>(root, '[data-cards]');
	const heading = required<HTMLElement>(root, '[data-summary-heading]');
	const status = required<HTMLElement>(root, '[data-results-status]');
	const active = required<HTMLElement>(root, '[data-active]');
	const chips = required<HTMLElement>(root, '[data-chips]');
	const filterChip = required<HTMLTemplateElement>(document, '#filter-chip');
	const searchChip = required<HTMLTemplateElement>(document, '#search-chip');
	const searching = required<HTMLElement>(root, '[data-searching]');
	const searchFailed = required<HTMLElement>(root, '[data-search-failed]');
	const empty = required<HTMLElement>(root, '[data-no-results]');
	const withoutQuery = required<HTMLElement>(empty, '[data-without-query]');
	const withQuery = required<HTMLElement>(empty, '[data-with-query]');
	const governments = required<HTMLElement>(root, '[data-governments]');
	const governmentLinks = required<HTMLElement>(governments, '[data-government-links]');
	const filtersSection = required<HTMLElement>(root, '[data-selected]');

	const cards: Card[] = [...list.querySelectorAll<HTMLLIElement>(':scope > li[data-slug]')].map(
		(item) => {
			const text = item.querySelector<HTMLElement>('[data-story-text]');
			return {
				slug: item.dataset.slug ?? '',
				item,
				text,
				excerpt: text?.textContent?.trim() ?? '',
				filters: JSON.parse(item.dataset.filters ?? '{}') as Record<FilterKey, string[]>,
			};
		},
	);
	const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter(
		(checkbox) => isFilterKey(checkbox.name),
	);
	const groups = [...root.querySelectorAll<HTMLDetailsElement>('details[data-group]')];
	const total = cards.length;
	const language = document.documentElement.lang || undefined;
	const plural = new Intl.PluralRules(language);
	const listFormat = new Intl.ListFormat(language, {
		style: 'short',
		type: 'unit',
	});

	const baseKey = root.dataset.baseKey;
	const base: FilterValues =
		isFilterKey(baseKey) && root.dataset.baseValue ? { [baseKey]: [root.dataset.baseValue] } : {};
	let values: FilterValues = base;
	let query = '';
	/** the URL follows the filters only once the visitor changes something */
	let touched = false;
	let engine: StorySearch | undefined;
	let hits: ClientSearchHit[] | null = null;
	let loading = false;
	let failed = false;

	const checked = (key: FilterKey, value: string) => values[key]?.includes(value) ?? false;
	const labelOf = (key: FilterKey, value: string) =>
		checkboxes.find((checkbox) => checkbox.name === key && checkbox.value === value)?.dataset
			.label ?? value;

	function results(): { card: Card; hit?: ClientSearchHit }[] {
		const filtered = cards.filter((card) => matches(card, values));
		const storyHits = hits?.filter((hit) => hit.kind === 'story');
		if (!query || !storyHits) return filtered.map((card) => ({ card }));
		const bySlug = new Map(filtered.map((card) => [card.slug, card]));
		return storyHits.flatMap((hit) => {
			const card = bySlug.get(hit.id);
			return card ? [{ card, hit }] : [];
		});
	}

	function renderCards(shown: { card: Card; hit?: ClientSearchHit }[]) {
		const visible = new Set(shown.map(({ card }) => card));
		// the shown cards in their order (ranked when searching), then the hidden ones
		list.append(
			...shown.map(({ card }) => card.item),
			...cards.filter((card) => !visible.has(card)).map((card) => card.item),
		);
		for (const card of cards) card.item.hidden = !visible.has(card);
		for (const { card, hit } of shown) {
			if (!card.text) continue;
			if (!hit) {
				if (card.text.textContent !== card.excerpt) card.text.textContent = card.excerpt;
				continue;
			}
			const partial = document.createElement('span');
			partial.className = 'partial';
			partial.textContent = `${root.dataset.someWords ?? ''} · `;
			card.text.replaceChildren(
				...(hit.allWords ? [] : [partial]),
				...matchNodes(hit.match, root, language ?? 'en'),
			);
		}
	}

	function renderFilters() {
		for (const group of groups) {
			const key = group.dataset.group;
			if (!isFilterKey(key)) continue;
			const counts = optionCounts(cards, values, key);
			for (const checkbox of checkboxes.filter((candidate) => candidate.name === key)) {
				const count = counts.get(checkbox.value) ?? 0;
				const isChecked = checked(key, checkbox.value);
				checkbox.checked = isChecked;
				const option = checkbox.closest('label');
				const counter = option?.querySelector('.count');
				if (counter) counter.textContent = String(count);
				option?.toggleAttribute('data-empty', count === 0 && !isChecked);
			}
			const selected = group.querySelector<HTMLElement>('[data-selected-count]');
			const number = values[key]?.length ?? 0;
			if (selected) {
				selected.hidden = number === 0;
				// `data-selected-one` holds the singular form where the language has one
				const form = plural.select(number) === 'one' ? 'selectedOne' : 'selected';
				selected.textContent = ` ${fillData(filtersSection, form, { count: number })}`;
			}
		}
	}

	function chip(template: HTMLTemplateElement, label: string, remove: () => void): Node {
		const fragment = template.content.cloneNode(true) as DocumentFragment;
		const slot = fragment.querySelector('[data-slot]');
		if (slot) slot.textContent = label;
		fragment.querySelector('button')?.addEventListener('click', () => {
			remove();
			// focus stays in the chips: on the next one, or on "Clear all"
			const next = chips.querySelector('button') ?? root.querySelector('[data-clear-all]');
			if (next instanceof HTMLElement && !next.hidden) next.focus();
			else input.focus();
		});
		return fragment;
	}

	function activeFilters() {
		return FILTER_KEYS.flatMap((key) =>
			(values[key] ?? []).map((value) => ({ key, value, label: labelOf(key, value) })),
		);
	}

	function renderActive(filters: ReturnType<typeof activeFilters>) {
		active.hidden = filters.length === 0 && !query;
		chips.replaceChildren(
			...filters.map(({ key, value, label }) =>
				chip(filterChip, label, () => change(() => (values = toggle(values, key, value)))),
			),
			...(query ? [chip(searchChip, query, () => change(() => setQuery('')))] : []),
		);
	}

	function renderSearchState(count: number) {
		const waiting = Boolean(query) && loading && !hits;
		searching.hidden = !waiting;
		searchFailed.hidden = !failed;
		empty.hidden = count > 0 || waiting;
		withQuery.hidden = !query;
		withoutQuery.hidden = Boolean(query);
		for (const slot of root.querySelectorAll('[data-query]')) slot.textContent = query;
		for (const hint of empty.querySelectorAll<HTMLElement>('[data-hint]')) {
			const onlyStopWords = Boolean(query) && engine?.analyze(query, language).words.length === 0;
			hint.hidden =
				hint.dataset.hint === 'stop-words'
					? !onlyStopWords
					: hint.dataset.hint === 'query'
						? !query || onlyStopWords
						: activeFilters().length <= 1;
		}
		const governmentHits = query
			? (hits?.filter((hit) => hit.kind === 'government').slice(0, 6) ?? [])
			: [];
		governments.hidden = governmentHits.length === 0;
		governmentLinks.replaceChildren(
			...governmentHits.map((hit) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = `${root.dataset.localePrefix ?? ''}${hit.href}`;
				link.textContent = hit.title;
				item.append(link);
				return item;
			}),
		);
	}

	function render() {
		const shown = results();
		const filters = activeFilters();
		renderCards(shown);
		renderFilters();
		renderActive(filters);
		renderSearchState(shown.length);

		const summary = fillData(root, 'summary', { shown: shown.length, total });
		heading.textContent = summary;
		status.textContent = touched ? fillData(root, 'status', { summary }) : '';

		const labels = filters.map(({ label }) => label);
		if (query) labels.push(fillData(root, 'searchLabel', { q: query }));
		document.title =
			labels.length === 0
				? (root.dataset.titleAll ?? document.title)
				: fillData(root, 'titleFiltered', {
						filters: listFormat.format(labels),
						shown: shown.length,
						total,
					});

		if (touched) {
			const target = `${root.dataset.storiesPath ?? '/stories/'}${toQuery({ q: query, values })}`;
			if (`${location.pathname}${location.search}` !== target) {
				history.replaceState(history.state, '', target);
			}
		}
	}

	function change(update: () => void) {
		touched = true;
		update();
		render();
	}

	function setQuery(next: string) {
		query = next.trim();
		if (input.value.trim() !== query) input.value = query;
		search();
	}

	function search() {
		if (!query) {
			hits = null;
			return;
		}
		if (engine) {
			hits = engine.search(query, { locale: language });
			return;
		}
		const wanted = query;
		loading = true;
		import('../search/story-search')
			.then(({ loadSearch }) => loadSearch())
			.then((loaded) => {
				engine = loaded;
				failed = false;
				if (query === wanted) hits = loaded.search(wanted, { locale: language });
				else search();
			})
			.catch(() => {
				failed = true;
			})
			.finally(() => {
				loading = false;
				render();
			});
	}

	// without JavaScript the links and the submit button work; with it, the checkboxes and typing do
	for (const element of root.querySelectorAll<HTMLElement>('[data-no-js]')) element.hidden = true;
	for (const element of root.querySelectorAll<HTMLElement>('[data-js-only]'))
		element.hidden = false;
	for (const button of root.querySelectorAll<HTMLElement>('[data-clear-all]')) {
		button.hidden = false;
		button.addEventListener('click', () =>
			change(() => {
				values = {};
				setQuery('');
			}),
		);
	}
	required<HTMLFormElement>(root, '[data-search-form]').addEventListener('submit', (event) =>
		event.preventDefault(),
	);
	input.addEventListener('input', () => change(() => setQuery(input.value)));
	for (const checkbox of checkboxes) {
		checkbox.addEventListener('change', () => {
			if (isFilterKey(checkbox.name)) {
				const key = checkbox.name;
				change(() => (values = toggle(values, key, checkbox.value)));
			}
		});
	}

	// a shared link (`/stories/?topic=health&q=…`) restores its view
	const fromUrl = parseQuery(new URLSearchParams(location.search));
	if (isFiltered(fromUrl)) {
		values = { ...base, ...fromUrl.values };
		for (const group of groups) {
			if (isFilterKey(group.dataset.group) && values[group.dataset.group]) group.open = true;
		}
		setQuery(fromUrl.q);
		render();
	} else {
		// the prerendered page already shows this view: only its chips become buttons
		renderActive(activeFilters());
	}
}

const browser = document.querySelector<HTMLElement>('[data-stories-browser]');
if (browser) enhanceStoriesBrowser(browser);
enhanceCopyButtons();
keepQueryOnLanguageLinks();
// e2e tests wait for this marker before interacting
document.documentElement.dataset.hydrated = 'true';
