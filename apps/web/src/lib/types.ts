/** @module the projections the server loads hand to pages (plain data, no core imports) */
import type { Filterable, FilterKey } from './filters';

/** a run of a sentence of ours: the booklet's own words in it carry `lang: 'en'` */
export interface SentencePart {
	text: string;
	lang?: 'en';
}

export interface StorySummary extends Filterable {
	slug: string;
	href: string;
	/** what the site calls the story: its government, "São Paulo (Brazil)" */
	name: string;
	/** the country as the booklet names it */
	country: string;
	/** the local authority a local story concerns */
	place: string | null;
	heading: string;
	page: number;
	level: 'national' | 'local';
	region: string;
	subregion: string;
	/** the opening words of the verbatim text */
	excerpt: string;
	topics: string[];
}

export interface FilterOption {
	value: string;
	label: string;
	description: string;
	/** stories with this value in the whole collection */
	total: number;
	/** a region's participating countries, which its description counts */
	countries?: number;
}

export interface FilterGroup {
	key: FilterKey;
	label: string;
	description: string;
	options: FilterOption[];
}

export interface GovernmentSummary {
	id: string;
	href: string;
	kind: 'country' | 'local';
	name: string;
	/** the country's booklet name (the government itself for a country) */
	country: string;
	countryHref: string;
	region: string;
	regionSlug: string;
	subregion: string;
	alpha3: string;
	alpha2: string | null;
	numeric: string | null;
	localAuthorities: number;
	/** stories about this government itself: a country's national ones, not its authorities' */
	stories: number;
	/** the page of its first own story, for the list's link; `null` without one */
	storyHref: string | null;
	/** position in the booklet's list */
	order: number;
}

export interface ClaimRow {
	id: string;
	subject: string;
	verdict: 'consistent' | 'inconsistent' | 'depends-on-reading' | 'not-checkable';
	stated: string;
	counted: number | null;
	section: string;
	/** the section's page as the booklet's contents print it ("III"), where they give one */
	page: string | number | null;
	quote: string | null;
	/** our summary of the claim, translated, as it follows « Notre lecture : »; the booklet's words are `quote`, never translated */
	description: string;
	/** `description` split at the English names it gives (« l’Economist Intelligence Unit »), marked as English */
	descriptionParts: SentencePart[];
	detail: string;
	/** `detail` split at its quotations and facts, the booklet's words marked as English */
	detailParts: SentencePart[];
	/** the readings the verdict rests on, each with whether the claim holds on it */
	readings: { reading: string; holds: boolean }[];
}

export interface PageMeta {
	title: string;
	description: string;
	/** site path, e.g. `/stories/albania/` */
	path: string;
	type?: 'website' | 'article';
	jsonLd?: Record<string, unknown>;
	noindex?: boolean;
	/** the page's share image (site path of a 1200×630 PNG) and its description */
	image?: { path: string; alt: string };
	/** site path of the page's oEmbed response (JSON), announced for oEmbed discovery */
	oembed?: string;
}

export interface SiteInfo {
	name: string;
	url: string;
	apiUrl: string;
	/** every edition of the booklet the stories are quoted from, oldest first */
	sources: SourceInfo[];
	/** the MGI programme's page (the latest booklet's back cover), not an address of a booklet */
	programmeUrl: string;
	/** what the site's share image shows, in the page's language: its map, headline and counts */
	shareImageAlt: string;
}

/** One edition of the booklet, as the footer credits it. */
export interface SourceInfo {
	title: string;
	publisher: string;
	year: number;
	licence: string;
	licenceUrl: string;
	/** the citation the licence asks for, verbatim */
	requiredCitation: string;
}

export interface MapCountry {
	id: string;
	name: string;
	href: string;
	region: string;
	/** the outline, or null for countries too small for the 110m data (drawn as a point) */
	path: string | null;
	/** an outline too small to see at the map's scale (Lesotho, Eswatini): a dot over it, covering it */
	tiny: { x: number; y: number; r: number } | null;
	x: number;
	y: number;
	hasStory: boolean;
}

export interface MapPoint {
	id: string;
	name: string;
	country: string;
	href: string;
	/** the projected location */
	x: number;
	y: number;
	/** how far the marker was moved from it so it overlaps no other marker */
	dx: number;
	dy: number;
	hasStory: boolean;
}

/** Several local authorities, or success stories, drawn as one marker where the map is too small to tell them apart. */
export interface MapCluster {
	id: string;
	/** what it counts: local authorities that took part, or success stories */
	kind: 'local' | 'story';
	/** the region (world map) or country (region map) they are in */
	name: string;
	/** its view with the members spread out (region view, country page, the region's stories), or the only member's own page */
	href: string;
	/** the member's name when the cluster holds only one */
	only: string | null;
	count: number;
	x: number;
	y: number;
	/** how far the marker was moved so it overlaps no other */
	dx: number;
	dy: number;
}

export interface WorldMap {
	width: number;
	height: number;
	/** the outline of the globe */
	sphere: string;
	/** every non-participating country, merged into one shape */
	land: string;
	/**
	 * the boundaries drawn dashed, as on UN maps: Western Sahara's with Morocco (Western Sahara is
	 * drawn apart from the land around it)
	 */
	disputed: { area: string; boundary: string };
	/** the booklet's own words on designations and boundaries, quoted under the map */
	disclaimer: string;
	countries: MapCountry[];
	/** the story marks, a layer of their own above every shape, spread so none covers another */
	storyMarks: {
		id: string;
		x: number;
		y: number;
		/** drawn beside its country, too small to hold it, with a line back to `from` */
		outside: boolean;
		/** a local authority's story, marked on its point (its country is a participant) */
		local: boolean;
		from: { x: number; y: number };
	}[];
	localAuthorities: MapPoint[];
	/** radius of a local authority's marker, in map units (larger on a zoomed-in region) */
	markerRadius: number;
	/** the local authorities grouped, drawn instead of their markers on narrow screens */
	clusters: MapCluster[];
	/** a region's map on a phone: the frame's width over height, taller than the desktop's; null: as wide */
	phoneAspect: number | null;
	/** radius of a cluster's marker, in map units: 12 CSS px on a 375 px wide screen */
	clusterRadius: number;
	/** the regions a world map zooms into (their prerendered views); none on a region's map */
	regions: { name: string; href: string }[];
}

export interface LocatorMap {
	width: number;
	height: number;
	sphere: string;
	/** every country, merged into one shape */
	land: string;
	disputed: { area: string; boundary: string };
	/** the participating countries in view but the government's own, as the home map fills them */
	neighbours: { path: string; hasStory: boolean }[];
	/** the government's country, when the 110m data has its outline */
	highlight: string | null;
	/** a local authority: its point is ringed as on the home map */
	local: boolean;
	/** the country has no shape, or one too small to see: a dot marks it */
	dot: boolean;
	x: number;
	y: number;
}

/** A run of a citation: the title it cites (set in italics), words in another language, or the rest. */
export interface ReferenceRun {
	text: string;
	/** the cited work's title */
	cite?: boolean;
	/** the run's language, when it is not the citation's (the booklet's English words in a French one) */
	lang?: string;
}

/** A citation in the language it is written in, cut into runs. */
export interface ReferenceParts {
	lang: string;
	runs: ReferenceRun[];
}

/** A phrase of a story and every label of our classification it backs */
export interface EvidenceGroup {
	phrase: string;
	tags: { id: string; facet: string; label: string; description: string; href: string }[];
}

/** An SVG element as plain data, rendered by `SvgTree.svelte` (a chart drawn at build time). */
export interface SvgNode {
	tag: string;
	attributes: Record<string, string>;
	children: (SvgNode | string)[];
}

/** The colour of a bar: the map's (story, participant, local authority) */
export type BarTone = 'story' | 'participant' | 'local';

/** A bar chart drawn at build time: its SVG, and the same numbers as a table. */
export interface BarChart {
	id: string;
	title: string;
	description: string;
	svg: SvgNode;
	/** what each colour means, when a bar has more than one */
	legend: { tone: BarTone; label: string }[];
	/** the table alternative: a header per column, then a label and its values per row */
	columns: string[];
	rows: { label: string; href: string | null; values: number[] }[];
}
