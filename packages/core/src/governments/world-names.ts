/** @module the ISO 3166-1 countries the resolver knows, from data/world-names.json (i18n-iso-countries, MIT) */
import worldNamesData from '../generated/world-names.js';
import { type WorldNamesFile, WorldNamesFileSchema } from '../schema/world-names.js';
import { deepFreeze, parseRecord } from '../validate.js';

let file: WorldNamesFile | undefined;

/** The file, parsed and frozen on first use (only the resolver needs it). */
export function worldNames(): WorldNamesFile {
	file ??= deepFreeze(
		parseRecord(WorldNamesFileSchema, worldNamesData, {
			collection: 'world-names',
			record: 'world-names',
		}),
	);
	return file;
}
