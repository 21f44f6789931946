/**
 * @module /enhance/governments.js: instant filters and sorting on the prerendered governments
 * table. Every row is in the markup (those outside a prerendered region or kind hidden): this shows
 * the form, sorts and filters the rows with the same functions as the server, keeps the address
 * (history.replaceState) in step, and loads core's resolver on the first name typed, so a typo
 * still finds its government. Words come from the markup (template.ts).
 */
import {
	applyGovernmentFilters,
	DEFAULT_FILTERS,
	type GovernmentFilters,
	governmentQuery,
	parseGovernmentQuery,
	SORT_KEYS,
	type SortKey,
} from '../government-filters';
import type { GovernmentSummary } from '../types';
import { enhanceCopyButtons } from './copy';
import { keepQueryOnLanguageLinks } from './language-links';
import { required } from './required';
import { announce, fillData } from './template';

/** core's resolver, with its data, bundled apart (enhancements.js) and loaded on the first search */
const RESOLVER = '/enhance/resolver.js';

const isSortKey = (key: string | undefined): key is SortKey =>
	SORT_KEYS.some((candidate) => candidate === key);

const isKind = (kind: string | undefined): kind is GovernmentFilters['kind'] =>
	kind === '' || kind === 'country' || kind === 'local';

function enhanceGovernments(root: HTMLElement): void {
	const form = required<HTMLFormElement>(root, '[data-controls]');
	const input = required<HTMLInputElement>(form, 'input[name="q"]');
	const region = required<HTMLSelectElement>(form, 'select[name="region"]');
	const kind = required<HTMLSelectElement>(form, 'select[name="kind"]');
	const tbody = required<HTMLTableSectionElement>(root, 'tbody');
	const noRows = required<HTMLTableRowElement>(tbody, '[data-no-rows]');
	const summary = required<HTMLElement>(root, '[data-summary-text]');
	const status = required<HTMLElement>(root, '[data-status]');
	const headers = [...root.querySelectorAll<HTMLTableCellElement>('th[data-column]')];

	const rows = new Map<string, { row: GovernmentSummary; element: HTMLTableRowElement }>();
	for (const element of tbody.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
		const row = JSON.parse(element.dataset.row ?? '{}') as GovernmentSummary;
		rows.set(row.id, { row, element });
	}
	const all = [...rows.values()].map(({ row }) => row);
	const path = location.pathname.replace(/governments\/.*$/, 'governments/');
	const base = { region: root.dataset.baseRegion ?? '', kind: root.dataset.baseKind ?? '' };
	let filters: GovernmentFilters = {
		...DEFAULT_FILTERS,
		region: base.region,
		kind: isKind(base.kind) ? base.kind : '',
		...parseGovernmentQuery(new URLSearchParams(location.search)),
	};
	/** ids core's resolver finds for the text: misspellings and other names of a government */
	let resolved: ReadonlySet<string> = new Set();
	let resolving = 0;
	/** the URL follows the filters only once the visitor changes something */
	let touched = false;

	function render() {
		const shown = applyGovernmentFilters(all, filters, resolved);
		const visible = new Set(shown.map((row) => row.id));
		tbody.prepend(...shown.flatMap((row) => rows.get(row.id)?.element ?? []));
		for (const [id, { element }] of rows) element.hidden = !visible.has(id);
		noRows.hidden = shown.length > 0;
		tbody.append(noRows);

		const text = fillData(root, 'summary', { shown: shown.length });
		summary.textContent = text;
		if (touched) announce(status, fillData(root, 'summaryShown', { summary: text }));

		for (const header of headers) {
			const key = header.dataset.column;
			const sorted = filters.sort === key;
			if (sorted) header.setAttribute('aria-sort', filters.descending ? 'descending' : 'ascending');
			else header.removeAttribute('aria-sort');
			const arrow = header.querySelector('.arrow');
			if (arrow) arrow.textContent = sorted ? (filters.descending ? '▼' : '▲') : '↕';
		}
		input.value = filters.q;
		region.value = filters.region;
		kind.value = filters.kind;

		if (!touched) return;
		const target = `${path}${governmentQuery(filters)}`;
		if (`${location.pathname}${location.search}` !== target) history.replaceState(null, '', target);
	}

	function update(change: Partial<GovernmentFilters>) {
		touched = true;
		filters = { ...filters, ...change };
		render();
	}

	async function resolve(query: string) {
		const request = ++resolving;
		// only text that names no government needs the resolver (and its data)
		if (query.length < 3 || applyGovernmentFilters(all, { ...filters, q: query }).length > 0) {
			resolved = new Set();
			return;
		}
		// core (with its data) loads on the first search, not with the page
		const { resolveGovernment }: typeof import('./resolver') = await import(RESOLVER);
		if (request !== resolving) return;
		resolved = new Set(resolveGovernment({ query }).candidates.map((candidate) => candidate.id));
		render();
	}

	input.addEventListener('input', () => {
		update({ q: input.value });
		void resolve(input.value.trim());
	});
	region.addEventListener('change', () => update({ region: region.value }));
	kind.addEventListener('change', () => {
		if (isKind(kind.value)) update({ kind: kind.value });
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('reset', (event) => {
		event.preventDefault();
		update({ ...DEFAULT_FILTERS });
	});
	required<HTMLButtonElement>(noRows, '[data-show-all]').addEventListener('click', () =>
		update({ ...DEFAULT_FILTERS }),
	);
	for (const header of headers) {
		const key = header.dataset.column;
		const button = header.querySelector('button');
		if (!isSortKey(key) || !button) continue;
		button.hidden = false;
		header.querySelector('[data-static-label]')?.remove();
		button.addEventListener('click', () => {
			if (filters.sort !== key) update({ sort: key, descending: false });
			else if (!filters.descending) update({ descending: true });
			else update({ sort: 'order', descending: false });
		});
	}
	root.querySelector('[data-filter-links]')?.remove();
	root.querySelector<HTMLElement>('[data-sort-hint]')?.removeAttribute('hidden');
	form.hidden = false;
	render();
	if (filters.q) void resolve(filters.q.trim());
}

const root = document.querySelector<HTMLElement>('[data-governments-browser]');
if (root) enhanceGovernments(root);
enhanceCopyButtons();
keepQueryOnLanguageLinks();
// e2e tests wait for this marker before interacting
document.documentElement.dataset.hydrated = 'true';
