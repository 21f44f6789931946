import {
	countries,
	governmentId,
	governmentName,
	governmentSources,
	governments,
	LOCALES,
	m49Areas,
	publication,
	regionName,
	stories,
} from '@mgi-stories/core';
import { checkClaims, localizedVocabulary } from '@mgi-stories/core/i18n';
import { runConformance } from '../src/index.js';

runConformance({
	name: 'core',
	locales: LOCALES,
	load: async (locale) => ({
		publication,
		stories,
		countries,
		claims: checkClaims({ locale }),
		sources: governmentSources,
		names: {
			governments: governments.map((government) => ({
				id: governmentId(government),
				name: governmentName(government, { locale }),
			})),
			regions: m49Areas().map((area) => ({
				code: area.code,
				name: regionName(area.code, { locale }),
			})),
			facetValues: localizedVocabulary({ locale }).facets.flatMap((facet) =>
				facet.values.map((value) => ({ facet: facet.id, value: value.id, label: value.label })),
			),
		},
	}),
});
