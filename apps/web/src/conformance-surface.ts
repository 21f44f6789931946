/**
 * @module what the built site publishes in one language, read back from its prerendered pages for
 * the conformance suite: names, labels, claim checks and story texts as each locale's HTML shows them
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LocalizedNames, SurfaceDataset } from '@mgi-stories/conformance';
import { DEFAULT_LOCALE, type Locale } from '@mgi-stories/core';
import type { DatasetDocument } from '@mgi-stories/core/schema';
import { Parser } from 'htmlparser2';

type Attributes = Record<string, string>;

interface Found {
	/** the element's own attributes */
	attributes: Attributes;
	/** for each attribute asked for, its value on the nearest ancestor that has it */
	within: Record<string, string | undefined>;
	/** the element's text, entities decoded, comments left out */
	text: string;
}

/**
 * Every element the test picks out of a page, with its text and, for each attribute in `within`,
 * the value of that attribute on its nearest ancestor (the row, section or quote it stands in).
 */
export function elements(
	html: string,
	pick: (name: string, attributes: Attributes) => boolean,
	within: readonly string[] = [],
): Found[] {
	const found: Found[] = [];
	// one entry per open element: its attributes and, when picked, the index of its entry in found
	const open: { attributes: Attributes; picked: number | undefined }[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const context = Object.fromEntries(
					within.map((attribute) => [
						attribute,
						open.findLast((element) => element.attributes[attribute] !== undefined)?.attributes[
							attribute
						],
					]),
				);
				const picked = pick(name, attributes)
					? found.push({ attributes, within: context, text: '' }) - 1
					: undefined;
				open.push({ attributes, picked });
			},
			ontext(text) {
				for (const element of open) {
					const entry = element.picked === undefined ? undefined : found[element.picked];
					if (entry) entry.text += text;
				}
			},
			onclosetag() {
				open.pop();
			},
		},
		{ decodeEntities: true },
	);
	parser.write(html);
	parser.end();
	return found;
}

/** the governments list: each row's government id (`data-government`) and the name it links */
export const readGovernments = (html: string): LocalizedNames['governments'] =>
	elements(html, (name, { scope }) => name === 'th' && scope === 'row', ['data-government'])
		.filter((cell) => cell.within['data-government'] !== undefined)
		.map((cell) => ({ id: cell.within['data-government'] as string, name: cell.text.trim() }));

/** a government page: each UN M49 area it names, by its code (`data-m49`) */
export const readRegions = (html: string): LocalizedNames['regions'] =>
	elements(html, (_, attributes) => attributes['data-m49'] !== undefined).map((area) => ({
		code: area.attributes['data-m49'] as string,
		name: area.text.trim(),
	}));

/** the classification grid: each facet's (`data-facet`) column heads, one per value (`data-value`) */
export const readFacetValues = (html: string): LocalizedNames['facetValues'] =>
	elements(html, (name, attributes) => name === 'th' && attributes['data-value'] !== undefined, [
		'data-facet',
	]).map((head) => ({
		facet: head.within['data-facet'] ?? '',
		value: head.attributes['data-value'] as string,
		label: head.text.trim(),
	}));

/** the claims page with its sentences: each claim's id (`data-claim`) → its check's sentence */
export const readClaimDetails = (html: string): Map<string, string> =>
	new Map(
		elements(html, (_, attributes) => attributes['data-claim-detail'] !== undefined, [
			'data-claim',
		]).map((detail) => [detail.within['data-claim'] ?? '', detail.text.trim()]),
	);

/** a story page: the text quoted in English (`data-story-text`, `lang="en"`), paragraph by paragraph */
export function readStoryText(html: string): string {
	const quotes = elements(
		html,
		(name, attributes) => name === 'blockquote' && attributes['data-story-text'] !== undefined,
	);
	if (quotes.length !== 1 || quotes[0]?.attributes.lang !== 'en')
		throw new Error('a story page must quote its text once, marked lang="en"');
	return elements(html, (name) => name === 'p', ['data-story-text'])
		.filter((paragraph) => paragraph.within['data-story-text'] !== undefined)
		.map((paragraph) => paragraph.text)
		.join('\n\n');
}

/**
 * a story page: each tag's evidence, keyed `tag-<facet>-<value>`: a phrase is quoted once, in English,
 * with `data-backs` naming the tags it backs
 */
export const readEvidence = (html: string): Map<string, string> =>
	new Map(
		elements(
			html,
			(name, attributes) =>
				name === 'span' && attributes['data-backs'] !== undefined && attributes.lang === 'en',
		).flatMap((phrase) =>
			(phrase.attributes['data-backs'] ?? '').split(' ').map((id) => [id, phrase.text] as const),
		),
	);

/** The pages of one locale: English at the root, the others under `/<locale>/`. */
const pages = (build: string, locale: Locale) =>
	locale === DEFAULT_LOCALE ? build : join(build, locale);

const page = (root: string, path: string) => readFile(join(root, path, 'index.html'), 'utf8');

/** the value a map has for a key, or an error naming what the page lacks */
function required<T>(map: Map<string, T>, key: string, what: string): T {
	const value = map.get(key);
	if (value === undefined) throw new Error(`the built site publishes no ${what}`);
	return value;
}

/**
 * What the built site publishes in one language. From the locale's pages: the governments' names
 * (the governments list), the M49 areas' names (each government's page), the facet values' labels
 * (the classification grid), the claim checks' sentences (the claims page) and each story's
 * text and tag evidence (its page). What the pages do not carry in core's full shapes (the
 * publication, the sources, the countries' codes and fields, the stories' other fields and the claims'
 * findings) comes from the site's own download, `data/dataset.json`, which is the same in every locale.
 */
export async function loadPublished(build: string, locale: Locale): Promise<SurfaceDataset> {
	const root = pages(build, locale);
	const where = (path: string) => `${path} in ${locale}`;
	const document = JSON.parse(
		await readFile(join(build, 'data', 'dataset.json'), 'utf8'),
	) as DatasetDocument;
	const governments = readGovernments(await page(root, 'governments'));
	const areas = new Map<string, string>();
	for (const { id } of governments) {
		for (const { code, name } of readRegions(await page(root, `governments/${id.toLowerCase()}`))) {
			if (areas.has(code) && areas.get(code) !== name)
				throw new Error(`${where(code)} is named both ${areas.get(code)} and ${name}`);
			areas.set(code, name);
		}
	}
	const details = readClaimDetails(await page(root, 'claims'));
	const stories = await Promise.all(
		document.stories.map(async (story) => {
			const html = await page(root, `stories/${story.slug}`);
			const evidence = readEvidence(html);
			return {
				...story,
				text: readStoryText(html),
				tags: story.tags.map((tag) => ({
					...tag,
					evidence: required(
						evidence,
						`tag-${tag.facet}-${tag.value}`,
						where(`evidence for ${story.slug} ${tag.facet}:${tag.value}`),
					),
				})),
			};
		}),
	);
	return {
		publication: document.publication,
		sources: document.sources,
		countries: document.countries,
		claims: document.claims.map((check) => ({
			...check,
			detail: required(details, check.claim.id, where(`sentence for the claim ${check.claim.id}`)),
		})),
		stories,
		names: {
			governments,
			regions: [...areas].map(([code, name]) => ({ code, name })),
			facetValues: readFacetValues(await page(root, 'classification')),
		},
	};
}
