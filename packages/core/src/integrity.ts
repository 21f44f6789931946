import { DataError } from './errors.js';
import type { Claim } from './schema/claim.js';
import type { Country } from './schema/government.js';
import type { Publication } from './schema/publication.js';
import type { StoryRecord, Tag } from './schema/story.js';
import type { Vocabulary } from './schema/vocabulary.js';

/** Checks what a single schema cannot: references between records, uniqueness and verbatim evidence. */
export function assertIntegrity(input: {
	publications: readonly Publication[];
	countries: readonly Country[];
	stories: readonly StoryRecord[];
	classification: Readonly<Record<string, readonly Tag[]>>;
	claims: readonly Claim[];
	vocabulary: Vocabulary;
}): void {
	assertEditions(input);
	assertUniqueCodes(input.countries);
	const byAlpha3 = new Map(input.countries.map((country) => [country.alpha3, country]));
	const slugs = new Set<string>();
	for (const story of input.stories) {
		const fail = (field: string, problem: string) =>
			new DataError('stories', story.slug, field, problem);
		if (slugs.has(story.slug)) throw fail('slug', 'duplicate slug');
		slugs.add(story.slug);
		const country = byAlpha3.get(story.country);
		if (!country) throw fail('country', `${story.country} is not a participating government`);
		const local = country.localAuthorities.find(
			(authority) => authority.id === story.localAuthority,
		);
		if (story.level === 'local' && !local)
			throw fail(
				'localAuthority',
				`${story.localAuthority} is not listed under ${country.bookletName}`,
			);
		if (story.level === 'national' && story.localAuthority !== null)
			throw fail('localAuthority', 'a national story concerns no local authority');
		assertTags(story, input.classification[story.slug], input.vocabulary);
	}
	for (const slug of Object.keys(input.classification)) {
		if (!slugs.has(slug))
			throw new DataError('classification', slug, '(record)', 'no story has this slug');
	}
}

/** Every story, government and claim belongs to an edition the publications list. */
function assertEditions(input: {
	publications: readonly Publication[];
	countries: readonly Country[];
	stories: readonly StoryRecord[];
	claims: readonly Claim[];
}): void {
	const editions = new Set(input.publications.map((publication) => publication.edition));
	const records: [string, string, string][] = [
		...input.stories.map((story): [string, string, string] => [
			'stories',
			story.slug,
			story.edition,
		]),
		...input.countries.flatMap((country): [string, string, string][] => [
			['countries', country.alpha3, country.edition],
			...country.localAuthorities.map((authority): [string, string, string] => [
				'localAuthorities',
				authority.id,
				authority.edition,
			]),
		]),
		...input.claims.map((claim): [string, string, string] => ['claims', claim.id, claim.edition]),
	];
	for (const [collection, record, edition] of records) {
		if (!editions.has(edition))
			throw new DataError(
				collection,
				record,
				'edition',
				`${edition} is not an edition of data/publications.json (${[...editions].join(', ')})`,
			);
	}
}

function assertUniqueCodes(countries: readonly Country[]): void {
	const seen = new Map<string, string>();
	for (const country of countries) {
		const ids = [
			country.alpha2,
			country.alpha3,
			country.numeric,
			...country.localAuthorities.map((authority) => authority.id),
		];
		for (const id of ids) {
			const owner = seen.get(id);
			if (owner)
				throw new DataError('countries', country.alpha3, 'code', `${id} is also used by ${owner}`);
			seen.set(id, country.alpha3);
		}
		for (const authority of country.localAuthorities) {
			if (authority.country !== country.alpha3)
				throw new DataError(
					'localAuthorities',
					authority.id,
					'country',
					`listed under ${country.alpha3}`,
				);
		}
	}
}

function assertTags(
	story: StoryRecord,
	tags: readonly Tag[] | undefined,
	vocabulary: Vocabulary,
): void {
	if (!tags)
		throw new DataError('classification', story.slug, '(record)', 'the story is not classified');
	const seen = new Set<string>();
	tags.forEach((tag, index) => {
		const fail = (field: string, problem: string) =>
			new DataError('classification', story.slug, `${index}.${field}`, problem);
		const facet = vocabulary.facets.find((candidate) => candidate.id === tag.facet);
		if (!facet?.values.some((value) => value.id === tag.value))
			throw fail('value', `${tag.value} is not in the ${tag.facet} vocabulary`);
		if (!story.text.includes(tag.evidence))
			throw fail('evidence', `"${tag.evidence}" does not occur verbatim in the story`);
		const key = `${tag.facet}:${tag.value}`;
		if (seen.has(key)) throw fail('value', `${key} is tagged twice`);
		seen.add(key);
	});
}
