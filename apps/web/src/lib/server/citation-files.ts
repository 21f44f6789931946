/** @module citation downloads: one .bib and one .ris per story, named after the BibTeX key */
import { CITATION_MEDIA_TYPES, cite, type Story, stories } from '@mgi-stories/core';

export const CITATION_EXTENSIONS = { bib: 'bibtex', ris: 'ris' } as const;
export type CitationExtension = keyof typeof CITATION_EXTENSIONS;

/** The story's BibTeX key (e.g. `iom2021-kazakhstan`), the name of its citation files. */
export function citationKey(story: Story): string {
	const key = /^@\w+\{([^,\s]+),/.exec(cite({ story, style: 'bibtex' }))?.[1];
	if (!key) throw new Error(`story ${story.slug}: its BibTeX citation has no key`);
	return key;
}

export const citationPath = (story: Story, extension: CitationExtension) =>
	`/citations/${citationKey(story)}.${extension}`;

/** Every citation file name, e.g. `iom2021-kazakhstan.bib`. */
export const citationFileNames = (): string[] =>
	stories.flatMap((story) =>
		Object.keys(CITATION_EXTENSIONS).map((extension) => `${citationKey(story)}.${extension}`),
	);

/** The file's text and media type, or undefined for a name that is no story's citation. */
export function citationFile(name: string): { text: string; type: string } | undefined {
	const match = /^(.+)\.(bib|ris)$/.exec(name);
	if (!match) return undefined;
	const [, key, extension] = match as unknown as [string, string, CitationExtension];
	const story = stories.find((candidate) => citationKey(candidate) === key);
	if (!story) return undefined;
	const style = CITATION_EXTENSIONS[extension];
	return { text: cite({ story, style }), type: CITATION_MEDIA_TYPES[style] };
}
