import { datasetSources, governmentSources } from '@mgi-stories/core';
import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages';
import { sourceList } from './sources';

describe('sourceList', () => {
	it('lists every source /v1/source lists, once, the names’ own among them (round 7)', () => {
		const ids = sourceList().map((source) => source.id);
		expect(ids).toEqual(datasetSources().map((source) => source.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(
			expect.arrayContaining([
				'unterm',
				'unsd-m49',
				'cldr',
				'datasets-country-codes',
				'iso-3166-3',
				'un-gcm',
				'un-network-on-migration-gcm',
			]),
		);
		expect(ids.length).toBeGreaterThan(governmentSources.length);
	});

	it('words the attribution of the UN’s sources and ISO 3166-3 in French and Spanish (round 7)', () => {
		const line = (id: string, locale: 'fr' | 'es') => {
			const source = sourceList().find((candidate) => candidate.id === id);
			if (!source) throw new Error(`no source ${id}`);
			return compiled.about_source_attribution(source, { locale });
		};
		expect(line('un-network-on-migration-gcm', 'fr')).toContain(
			'Pacte mondial pour des migrations sûres, ordonnées et régulières',
		);
		expect(line('un-gcm', 'es')).toBe(
			'Naciones Unidas, resolución 73/195 de la Asamblea General (A/RES/73/195), 19 de diciembre de 2018',
		);
		expect(line('iso-3166-3', 'fr')).toMatch(/^ISO 3166-3\u202f: /);
	});

	it('words the names’ sources in French and Spanish, their pins taken from core’s records (round 8)', () => {
		const line = (id: string, locale: 'fr' | 'es') => {
			const source = sourceList().find((candidate) => candidate.id === id);
			if (!source) throw new Error(`no source ${id}`);
			return compiled.about_source_attribution(source, { locale });
		};
		const countryCodes = datasetSources().find((source) => source.id === 'datasets-country-codes');
		const commit = countryCodes?.version?.split('@')[1] ?? '';
		expect(commit).toMatch(/^[0-9a-f]{40}$/);
		expect(line('unterm', 'fr')).toMatch(
			new RegExp(
				`^Service du protocole et de la liaison de l’ONU, noms de pays UNTERM, compilés par datasets/country-codes \\(version ${commit}, \\d{4}-\\d{2}-\\d{2}\\) \\(PDDL-1\\.0\\)$`,
			),
		);
		expect(line('unsd-m49', 'es')).toContain(
			`compilada por datasets/country-codes (versión ${commit}`,
		);
		expect(line('cldr', 'fr')).toMatch(
			/^Unicode CLDR \d+(\.\d+)*, © Unicode, Inc\. \(licence Unicode v3\)$/,
		);
		for (const locale of ['fr', 'es'] as const) {
			for (const id of [
				'unterm',
				'unsd-m49',
				'cldr',
				'datasets-country-codes',
				'i18n-iso-countries',
				'world-countries',
			]) {
				const source = sourceList().find((candidate) => candidate.id === id);
				expect(line(id, locale), `${id} in ${locale}`).not.toBe(source?.attribution);
				expect(line(id, locale)).not.toMatch(
					/\bas compiled by\b|\band contributors\b|\bContains\b/,
				);
			}
		}
	});
});
