/**
 * @module places as sentences take them: a shown name and its article (UNTERM's, or none), as the
 * inputs of a message whose selectors choose "du Kazakhstan", "de l’Albanie", "des Philippines" or
 * "de Cabo Verde", so no sentence is made by pasting a name into a template
 */
import {
	governmentPlace,
	governments,
	type Locale,
	m49Areas,
	type PlaceArticle,
	regionPlace,
} from '@mgi-stories/core';
import { coreLocale } from '$lib/i18n';

const articlesByLocale = new Map<Locale, Map<string, PlaceArticle>>();

/** every name a page shows for a government or an M49 area in the locale → its article */
function articles(locale: Locale): Map<string, PlaceArticle> {
	let byName = articlesByLocale.get(locale);
	if (!byName) {
		byName = new Map<string, PlaceArticle>();
		for (const government of governments) {
			const { name, article } = governmentPlace(government, { locale });
			byName.set(name, article);
		}
		for (const area of m49Areas()) {
			const { name, article } = regionPlace(area.code, { locale });
			byName.set(name, article);
		}
		articlesByLocale.set(locale, byName);
	}
	return byName;
}

/** The article a shown name takes in the locale being rendered ('none' for a name the data does not know). */
export function articleOf(name: string, locale: Locale = coreLocale()): PlaceArticle {
	return articles(locale).get(name) ?? 'none';
}

type PlaceInputs<K extends string> = { [P in K]: string } & {
	[P in `${K}Article`]: PlaceArticle;
};

/**
 * The inputs of a message about a place: `place('name', 'Kazakhstan')` is
 * `{ name: 'Kazakhstan', nameArticle: 'le' }` on a French page. `shown` is the text to show where it
 * extends the name, e.g. a local authority with its country, "São Paulo (Brésil)".
 */
export function place<K extends string>(key: K, name: string, shown = name): PlaceInputs<K> {
	return { [key]: shown, [`${key}Article`]: articleOf(name) } as PlaceInputs<K>;
}
