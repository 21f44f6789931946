/**
 * @module places as sentences take them: a shown name and its article (UNTERM's, or none), as the
 * inputs of a message whose selectors choose "du Kazakhstan", "de l’Albanie", "des Philippines" or
 * "de Cabo Verde", so no sentence is made by pasting a name into a template
 */
import {
	governmentName,
	governmentPlace,
	governments,
	type Locale,
	m49Areas,
	type Place,
	type PlaceArticle,
	regionPlace,
} from '@mgi-stories/core';
import { coreLocale } from '$lib/i18n';

const placesByLocale = new Map<Locale, Map<string, Place>>();

/** every name a page shows for a government or an M49 area in the locale → that place as a sentence takes it */
function places(locale: Locale): Map<string, Place> {
	let byName = placesByLocale.get(locale);
	if (!byName) {
		byName = new Map<string, Place>();
		for (const government of governments) {
			byName.set(governmentName(government, { locale }), governmentPlace(government, { locale }));
		}
		for (const area of m49Areas()) {
			const region = regionPlace(area.code, { locale });
			byName.set(region.name, region);
		}
		placesByLocale.set(locale, byName);
	}
	return byName;
}

/** The article a shown name takes in the locale being rendered ('none' for a name the data does not know). */
export function articleOf(name: string, locale: Locale = coreLocale()): PlaceArticle {
	return places(locale).get(name)?.article ?? 'none';
}

type PlaceInputs<K extends string> = { [P in K]: string } & {
	[P in `${K}Article`]: PlaceArticle;
};

/**
 * The inputs of a message about a place: `place('name', 'Kazakhstan')` is
 * `{ name: 'Kazakhstan', nameArticle: 'le' }` on a French page, and a name the UN inverts for lists
 * reads uninverted (`place('name', 'Bolivie (État plurinational de)')` names "État plurinational de
 * Bolivie" with `l`). `shown` is the text to show where it extends the name, e.g. a local authority
 * with its country, "São Paulo (Brésil)".
 */
export function place<K extends string>(key: K, name: string, shown?: string): PlaceInputs<K> {
	const known = places(coreLocale()).get(name);
	return {
		[key]: shown ?? known?.name ?? name,
		[`${key}Article`]: known?.article ?? 'none',
	} as PlaceInputs<K>;
}

type AreaInputs<K extends string> = PlaceInputs<K> & {
	[P in `${K}First` | `${K}Second`]: string;
} & {
	[P in `${K}SecondArticle`]: PlaceArticle;
};

/**
 * The inputs of a message about an M49 area whose name may join two names, each with its own article
 * in a sentence: `place`'s, and the two names (« Amérique latine », « Caraïbes » with `les`) for a
 * message to read « de l’Amérique latine et des Caraïbes »; an area that joins none gives its whole
 * name first and nothing second.
 */
export function areaPlace<K extends string>(key: K, name: string): AreaInputs<K> {
	const [first, second] = places(coreLocale()).get(name)?.coordinated ?? [];
	return {
		...place(key, name),
		[`${key}First`]: first?.name ?? name,
		[`${key}Second`]: second?.name ?? '',
		[`${key}SecondArticle`]: second?.article ?? 'none',
	} as AreaInputs<K>;
}

/**
 * A sentence of ours as it follows a label and a colon (« Notre lecture : le nombre… »): French and
 * Spanish go on in lower case, English starts a sentence. A name the data knows (« Tamaulipas »), a
 * word in capitals (« IGM ») and a quotation (« « … » ») keep their first letter.
 */
export function afterLabel(text: string, locale: Locale = coreLocale()): string {
	if (locale === 'en') return text;
	const names = places(locale);
	const first = /^\p{L}[\p{L}-]*/u.exec(text)?.[0] ?? '';
	const named = [...names.keys()].some(
		(name) => text.startsWith(name) && !/\p{L}/u.test(text.charAt(name.length)),
	);
	const capitals = first.length > 1 && /\p{Lu}/u.test(first.slice(1));
	return first === '' || named || capitals
		? text
		: text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
