import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../scripts/data-files.js';
import { buildDataset } from '../collections.js';

const files = readDataFiles(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data'));

type Catalogue = {
	vocabulary: {
		facets: Record<string, { label: string; values: Record<string, { label: string }> }>;
		attribution: { exceptions: Record<string, string> };
	};
	claims: Record<string, { description: string; check: string }>;
	sentences: Record<string, unknown>;
};

/** The data files with one catalogue changed by `edit`. */
function withCatalogue(locale: 'fr' | 'es', edit: (catalogue: Catalogue) => void) {
	const catalogues = structuredClone(files.catalogues) as Record<string, Catalogue>;
	edit(catalogues[locale] as Catalogue);
	return { ...files, catalogues };
}

describe('the catalogues (data/i18n/<locale>.json)', () => {
	it('fail the build when a vocabulary value has no translation', () => {
		const files = withCatalogue('fr', (fr) => {
			delete fr.vocabulary.facets.topic?.values.health;
		});
		expect(() => buildDataset(files)).toThrow(
			'i18n/fr[vocabulary.facets.topic.values].health: no translation',
		);
	});

	it('fail the build on an empty label, claim or sentence', () => {
		const emptyLabel = withCatalogue('es', (es) => {
			const outcome = es.vocabulary.facets.outcome;
			if (outcome) outcome.label = ' ';
		});
		expect(() => buildDataset(emptyLabel)).toThrow(/catalogues\[.*label/);
		const emptyCheck = withCatalogue('es', (es) => {
			const claim = es.claims['foreword-countries'];
			if (claim) claim.check = '';
		});
		expect(() => buildDataset(emptyCheck)).toThrow(/catalogues\[.*check/);
		const noSentence = withCatalogue('fr', (fr) => {
			delete fr.sentences['number.fewer'];
		});
		expect(() => buildDataset(noSentence)).toThrow(/catalogues\[.*number\.fewer/);
	});

	it('fail the build when a claim or an attribution exception has no translation, or one translates nothing', () => {
		const noClaim = withCatalogue('fr', (fr) => {
			delete fr.claims['contents-stories'];
		});
		expect(() => buildDataset(noClaim)).toThrow('i18n/fr[claims].contents-stories: no translation');
		const extra = withCatalogue('es', (es) => {
			es.claims['made-up'] = { description: 'x', check: 'y' };
		});
		expect(() => buildDataset(extra)).toThrow(
			'i18n/es[claims].made-up: translates nothing in the dataset',
		);
		const noException = withCatalogue('es', (es) => {
			delete es.vocabulary.attribution.exceptions.evidence;
		});
		expect(() => buildDataset(noException)).toThrow(
			'i18n/es[vocabulary.attribution.exceptions].evidence: no translation',
		);
	});

	it('fail the build when a sentence takes other parameters than the English', () => {
		const files = withCatalogue('fr', (fr) => {
			fr.sentences['regions.tally'] = '{region} : {nombre}';
		});
		expect(() => buildDataset(files)).toThrow(
			'i18n/fr[sentences].regions.tally: takes {nombre, region}, the English takes {count, region}',
		);
	});
});

describe('the French catalogue', () => {
	const texts = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: value && typeof value === 'object'
				? Object.values(value).flatMap(texts)
				: [];
	const { attribution, ...words } = (
		files.catalogues as { fr: { attribution: { statement: string } } & Record<string, unknown> }
	).fr;

	it('follows French typography: a narrow no-break space (U+202F) before « ; : ? ! » and inside guillemets, curly apostrophes', () => {
		for (const text of [attribution.statement, ...texts(words)]) {
			expect(text, text).not.toMatch(
				/[ \u00a0][;:?!»]|«[ \u00a0]|[^\u202f][;:?!](?:\s|$)|«[^\u202f]|[^\u202f]»/,
			);
			expect(text, text).not.toMatch(/'/);
		}
	});
});

describe('the Spanish catalogue', () => {
	it('quotes as the UN’s Spanish editors do: “ ” (‘ ’ inside), never « »', () => {
		const text = JSON.stringify((files.catalogues as { es: unknown }).es);
		expect(text.match(/[«»]/g) ?? []).toEqual([]);
		expect(text).toContain('“the full range”');
	});
});
