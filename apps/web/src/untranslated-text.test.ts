import { describe, expect, it } from 'vitest';
import { pseudoText } from '../build-steps/pseudo-locale.js';
import {
	cataloguePhrases,
	englishPhrasesIn,
	pageLanguageText,
	pseudoLeaks,
} from './untranslated-text';

describe('pageLanguageText', () => {
	it('leaves out text marked English, scripts and styles', () => {
		const html =
			'<html lang="fr"><head><title>Récits</title><style>a{}</style></head><body><p>Bonjour <q lang="en">Hello <b>there</b></q> ici</p><script>let x</script></body></html>';
		expect(pageLanguageText(html)).toEqual(['Récits', 'Bonjour ', ' ici']);
	});

	it('reads labels, alternative texts and descriptions', () => {
		const html =
			'<html lang="es"><head><meta name="description" content="Una descripción"></head><body><nav aria-label="Principal"></nav><img alt="Mapa"><span lang="en"><img alt="Map"></span></body></html>';
		expect(pageLanguageText(html)).toEqual(['Una descripción', 'Principal', 'Mapa']);
	});
});

describe('cataloguePhrases', () => {
	it('splits messages at their placeholders and drops what the translation keeps', () => {
		expect(
			cataloguePhrases(
				['All {count} success stories', 'Data & API', 'API', 'or', 'national'],
				['API', 'National'],
			),
		).toEqual(['success stories', 'Data & API']);
	});

	it('keeps long single words and compares with the translation without case', () => {
		expect(
			cataloguePhrases(['Indicators', 'Documentation', 'countries'], ['documentation']),
		).toEqual(['Indicators', 'countries']);
	});
});

describe('englishPhrasesIn', () => {
	it('finds whole phrases only', () => {
		expect(englishPhrasesIn(['Research  results'], ['Research results', 'Search'])).toEqual([
			'Research results',
		]);
	});

	it('does not take a file name for a word', () => {
		expect(englishPhrasesIn(['(governments.csv)'], ['governments'])).toEqual([]);
		expect(englishPhrasesIn(['all governments.'], ['governments'])).toEqual(['governments']);
		expect(englishPhrasesIn(['voluntary-national-review'], ['national'])).toEqual([]);
	});
});

describe('pseudoLeaks', () => {
	it('takes the dataset’s version, a content hash, for a code, and English for a leak', () => {
		const version = `${pseudoText('(version')} 83036cb8ccab8ddc, 2026-12-03) ${pseudoText('[Data set]')}`;
		expect(pseudoLeaks([version], new Set())).toEqual([]);
		expect(pseudoLeaks([`${version} Data set`], new Set())).toEqual(['Data set']);
	});
});
