import { countFacets, EDITIONS, publication, stories, vocabulary } from '@mgi-stories/core';
import { filterPath } from '$lib/filters';
import { localHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { afterLabel } from '$lib/places';
import { foreword, introduction } from '$lib/server/booklet';
import { editionYears } from '$lib/server/editions';
import { pageMeta } from '$lib/server/meta';
import { quotedParts } from '$lib/server/quotations';
import { sourceList } from '$lib/server/sources';
import { shownVocabulary } from '$lib/server/vocabulary';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => {
	const counts = countFacets();
	return {
		editions: editionYears(),
		editionCount: EDITIONS.length,
		meta: pageMeta({
			title: m.about_title(),
			description: m.about_meta_description(),
			path: '/about/',
		}),
		introduction: introduction(),
		foreword: foreword(),
		publication: {
			title: publication.title,
			publisher: publication.publisher,
			place: publication.place,
			year: publication.year,
			isbn: publication.isbn,
			copyright: publication.copyright,
			licence: publication.licence,
			requiredCitation: publication.requiredCitation,
			funding: publication.funding,
			disclaimer: publication.disclaimer,
			programmeContact: publication.programmeContact,
			uri: `urn:isbn:${publication.isbn.pdf}`,
			edition: publication.edition,
		},
		facets: shownVocabulary().facets.map((facet) => ({
			id: facet.id,
			label: facet.label,
			description: facet.description,
			// a translated rule keeps in English what its English original quotes
			ruleParts: quotedParts(
				afterLabel(facet.rule),
				[],
				vocabulary.facets.find((english) => english.id === facet.id)?.rule,
			),
			values: facet.values.map((value) => {
				const count =
					counts
						.find((candidate) => candidate.facet === facet.id)
						?.values.find((v) => v.id === value.id)?.count ?? 0;
				return {
					id: value.id,
					label: value.label,
					description: value.description,
					count,
					href: count > 0 ? localHref(filterPath(facet.id, value.id)) : null,
				};
			}),
		})),
		sources: sourceList(),
		counts: {
			stories: stories.length,
			tags: stories.reduce((sum, story) => sum + story.tags.length, 0),
		},
	};
};
