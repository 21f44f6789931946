/**
 * The booklets' texts, vendored verbatim: each edition's is `booklet/<id>.md`, named by its
 * publication's `id` in data/publications.json, so the next edition's text is a file its data
 * names, with no change to the scripts that read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Publication, PublicationsFileSchema } from '../src/schema/publication.js';

/** The data's publications, oldest first, validated. */
export const readPublications = (root: string): Publication[] =>
	PublicationsFileSchema.parse(
		JSON.parse(readFileSync(join(root, 'data', 'publications.json'), 'utf8')),
	);

/** The verbatim text of `publication`'s booklet. */
export const readBookletText = (root: string, publication: Pick<Publication, 'id'>): string =>
	readFileSync(join(root, 'booklet', `${publication.id}.md`), 'utf8');
