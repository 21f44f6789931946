/** @module passages of the booklet quoted on the about page, cut verbatim from core's vendored text */
import { bookletText } from '@mgi-stories/core/booklet';

export interface Passage {
	heading: string;
	paragraphs: string[];
	/** a closing line such as the signature, verbatim */
	signature: string[];
}

/** The paragraphs under a `## heading` of the booklet, up to the next heading. */
export function passage(heading: string): Passage {
	const start = bookletText.indexOf(`## ${heading}\n`);
	if (start < 0) throw new Error(`the booklet has no section "${heading}"`);
	const body = bookletText.slice(start + heading.length + 4);
	const end = body.search(/\n#{1,2} |\nCONTENTS\n/);
	const blocks = (end < 0 ? body : body.slice(0, end))
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter(Boolean);
	// a block of hard-broken short lines is a signature, not prose
	const isSignature = (block: string) => / {2}\n/.test(block);
	return {
		heading,
		paragraphs: blocks.filter((block) => !isSignature(block)),
		signature: blocks.filter(isSignature).flatMap((block) => block.split(/ {2}\n/)),
	};
}

export const foreword = () => passage('FOREWORD');
export const introduction = () => passage('The Migration Governance Indicators');
