/**
 * Core's resolver against the fixture table, as `pnpm bench` in packages/core reports it: per category
 * of name, how many are answered as expected, how many name a participant confidently and wrongly
 * (target 0), how many participant names are missed (target ≤ 5 %), and how precise approximate
 * matches are per band of score (the calibration of `fuzzy`). Writes bench-results/resolver.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolveGovernment } from '@mgi-stories/core/resolve';
import {
	answersAsExpected,
	confidentFalseParticipant,
	resolverVariants,
} from '../src/resolver-fixture.js';

interface Tally {
	names: number;
	asExpected: number;
	falseParticipants: number;
	participantNames: number;
	participantMisses: number;
}

const empty = (): Tally => ({
	names: 0,
	asExpected: 0,
	falseParticipants: 0,
	participantNames: 0,
	participantMisses: 0,
});
const byCategory = new Map<string, Tally>();
const total = empty();
const fuzzyBands = new Map<string, { matches: number; right: number }>();
const falseParticipants: string[] = [];

for (const variant of resolverVariants) {
	const answer = resolveGovernment({ query: variant.query });
	const tally = byCategory.get(variant.variant) ?? empty();
	byCategory.set(variant.variant, tally);
	const expected = answersAsExpected(answer, variant);
	const wrong = confidentFalseParticipant(answer, variant);
	for (const row of [tally, total]) {
		row.names++;
		if (expected) row.asExpected++;
		if (wrong) row.falseParticipants++;
		if (variant.expect === 'participant') {
			row.participantNames++;
			if (!expected) row.participantMisses++;
		}
	}
	if (wrong) falseParticipants.push(`${variant.query} → ${answer.candidates[0]?.id}`);
	const [best] = answer.candidates;
	if (best?.matchedOn === 'fuzzy') {
		const band = best.score >= 0.8 ? '0.80–0.90' : best.score >= 0.75 ? '0.75–0.80' : '0.70–0.75';
		const entry = fuzzyBands.get(band) ?? { matches: 0, right: 0 };
		entry.matches++;
		if (expected) entry.right++;
		fuzzyBands.set(band, entry);
	}
}

const percent = (part: number, whole: number) =>
	whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
const rows = [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b));
console.log('resolver: the fixture table of tooling/conformance against core\n');
console.log(
	'| category | names | as expected | confident false participants | participant names missed |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [category, tally] of [...rows, ['all', total] as const]) {
	console.log(
		`| ${category} | ${tally.names} | ${tally.asExpected} | ${tally.falseParticipants} | ${tally.participantMisses} of ${tally.participantNames} (${percent(tally.participantMisses, tally.participantNames)}) |`,
	);
}
console.log('\n| fuzzy score | best answers | as expected |\n| --- | ---: | ---: |');
for (const [band, { matches, right }] of [...fuzzyBands.entries()].sort()) {
	console.log(`| ${band} | ${matches} | ${right} (${percent(right, matches)}) |`);
}
if (falseParticipants.length > 0)
	console.log(`\nfalse participants: ${falseParticipants.join('; ')}`);

const missRate = total.participantMisses / total.participantNames;
mkdirSync('bench-results', { recursive: true });
writeFileSync(
	'bench-results/resolver.json',
	`${JSON.stringify({ total, byCategory: Object.fromEntries(rows), fuzzyBands: Object.fromEntries(fuzzyBands), falseParticipants }, null, '\t')}\n`,
);
if (total.falseParticipants > 0 || missRate > 0.05) {
	console.error(
		`targets missed: ${total.falseParticipants} confident false participants (target 0), ${percent(total.participantMisses, total.participantNames)} of participant names missed (target ≤ 5 %)`,
	);
	process.exitCode = 1;
}
