import { strToU8, zipSync } from 'fflate';
import { datasetVersion, publication } from '../data.js';
import { type Table, toCsv } from './csv.js';
import { dataPackage } from './data-package.js';
import { datasetSources } from './provenance.js';
import { claimsTable, governmentsTable, storiesTable, tagsTable } from './tables.js';

/** The zip's entries get one fixed time, so the same data always makes the same bytes (and ETag). */
const ENTRY_TIME = new Date(Date.UTC(2021, 0, 1));

/**
 * The README inside the zip: what each file is, whose words or facts it holds, and under which licence.
 * @example datasetReadme().startsWith('#')
 */
export function datasetReadme(): string {
	const sources = datasetSources();
	return [
		`# ${publication.title}: the dataset`,
		'',
		`Dataset version ${datasetVersion}, made by the mgi-stories project from ${publication.requiredCitation} ISBN ${publication.isbn.pdf} (PDF), ${publication.isbn.print} (print).`,
		'',
		'## Files',
		'',
		'- `datapackage.json`: the Frictionless Tabular Data Package describing the CSV files, with the sources and licences of each resource and the sources of each field.',
		'- `stories.csv`, `governments.csv`, `tags.csv`, `claims.csv`: RFC 4180 CSV, UTF-8 without a byte order mark, CRLF line endings.',
		'- `excel/*.csv`: the same tables for Microsoft Excel: a UTF-8 byte order mark (so accents show correctly), and text Excel would turn into numbers, dates or formulas (codes such as "008") written as ="008" so that it shows as typed. Use the plain files with any other tool.',
		'',
		'## Whose words, whose facts, whose reading',
		'',
		`- The booklet's words (story texts, headings, captions, credits, the list of governments, quotes) are quoted verbatim. ${publication.copyright}. ${publication.licence.name} (${publication.licence.id}): ${publication.licence.url}. ${publication.licence.notice}`,
		'- `source_text_image_description` holds descriptions of four photos found in the source text the booklet was transcribed from. They are not captions IOM printed and not the booklet’s words.',
		"- The classification of the stories (tags), the local authorities' levels and the claims checks are this project's own reading, not IOM's, under CC BY 4.0.",
		'- Every other added fact comes from a named source:',
		'',
		...sources.map(
			(source) =>
				`  - ${source.title}${source.package ? ` (${source.package})` : ''}: ${source.licence} (${source.licenceUrl}). Attribution: ${source.attribution}. Fields: ${source.fields.join(', ')}.`,
		),
		'',
		'## Funding and disclaimer (as printed in the booklet)',
		'',
		...publication.funding.map((funding) => `- ${funding.statement}`),
		`- ${publication.disclaimer}`,
		'',
		`The MGI programme's contact (back cover): ${publication.programmeContact.email}, ${publication.programmeContact.url}. This is not an address of the booklet.`,
		'',
	].join('\n');
}

/**
 * The file names and contents of the dataset zip.
 * @example Object.keys(datasetFiles()) // the archive's paths
 */
export function datasetFiles(): Record<string, string> {
	const files: Record<string, string> = {
		'README.md': datasetReadme(),
		'datapackage.json': `${JSON.stringify(dataPackage(), null, 2)}\n`,
	};
	const add = <Row>(table: Table<Row>) => {
		files[`${table.name}.csv`] = toCsv(table);
		files[`excel/${table.name}.csv`] = toCsv(table, { variant: 'excel' });
	};
	add(storiesTable());
	add(governmentsTable());
	add(tagsTable());
	add(claimsTable());
	return files;
}

/**
 * One zip of the whole dataset: the Frictionless data package, its CSVs, Excel variants and a README.
 * @example new Blob([datasetZip()], { type: DATASET_ZIP_MEDIA_TYPE })
 */
export function datasetZip(): Uint8Array {
	const files = Object.fromEntries(
		Object.entries(datasetFiles()).map(([name, text]) => [name, strToU8(text)]),
	);
	return zipSync(files, { level: 9, mtime: ENTRY_TIME });
}
