import { describe, expect, it } from 'vitest';
import {
	readClaimDetails,
	readEvidence,
	readFacetValues,
	readGovernments,
	readRegions,
	readStoryText,
} from './conformance-surface';

describe('reading what a built page publishes', () => {
	it('reads each government row’s id and the name it links, not the other cells', () => {
		const html = `<table><thead><tr><th scope="col">Gouvernement</th></tr></thead><tbody>
			<tr data-government="CIV"><th scope="row"><a href="/fr/governments/civ/">Côte d&#39;Ivoire</a></th><td>Pays</td></tr>
			<tr class="local" data-government="CA-montreal"><th scope="row"><a href="/fr/governments/ca-montreal/">Montréal</a></th><td>Autorité locale</td></tr>
			</tbody></table>`;
		expect(readGovernments(html)).toEqual([
			{ id: 'CIV', name: "Côte d'Ivoire" },
			{ id: 'CA-montreal', name: 'Montréal' },
		]);
	});

	it('reads each M49 area by its code', () => {
		const html = `<dd><a href="/es/regions/africa/" data-m49="002">África</a> ·
			<span data-m49="202">África subsahariana</span> · <span data-m49="011">África occidental</span></dd>`;
		expect(readRegions(html)).toEqual([
			{ code: '002', name: 'África' },
			{ code: '202', name: 'África subsahariana' },
			{ code: '011', name: 'África occidental' },
		]);
	});

	it('reads each facet value’s label under its facet, leaving out the story column', () => {
		const html = `<section data-facet="outcome"><table><thead><tr><th scope="col">Histoire</th>
			<th scope="col" class="value" data-value="policy-adopted"><span>Politique adoptée</span></th></tr></thead></table></section>
			<section data-facet="topic"><table><thead><tr><th scope="col" class="value" data-value="labour-migration"><span>Migration de travail</span></th></tr></thead></table></section>`;
		expect(readFacetValues(html)).toEqual([
			{ facet: 'outcome', value: 'policy-adopted', label: 'Politique adoptée' },
			{ facet: 'topic', value: 'labour-migration', label: 'Migration de travail' },
		]);
	});

	it('reads each claim check’s sentence, not its quote', () => {
		const html = `<tr id="claim-foreword-start-year" data-claim="foreword-start-year"><th scope="row">Lancement</th>
			<td><span class="badge">Cohérent</span> <!--[0--><p class="detail" data-claim-detail>La brochure indique 2016.</p>
			<blockquote lang="en">“The MGI started in 2016.”</blockquote></td></tr>`;
		expect([...readClaimDetails(html)]).toEqual([
			['foreword-start-year', 'La brochure indique 2016.'],
		]);
	});

	it('reads a story’s text as quoted in English, paragraphs apart, highlights included, and each phrase as the evidence of every tag it backs', () => {
		const html = `<p>Le texte est cité en anglais.</p><blockquote class="verbatim" lang="en" data-story-text>
			<p>First <mark>national policy</mark> adopted.</p><p>Second &amp; last.</p></blockquote>
			<ul><li><p>« <span lang="en" data-backs="tag-outcome-policy-adopted tag-topic-health">national policy</span> »</p>
			<ul><li id="tag-outcome-policy-adopted"><a href="#">Politique adoptée</a></li><li id="tag-topic-health"><a href="#">Santé</a></li></ul></li></ul>`;
		expect(readStoryText(html)).toBe('First national policy adopted.\n\nSecond & last.');
		expect([...readEvidence(html)]).toEqual([
			['tag-outcome-policy-adopted', 'national policy'],
			['tag-topic-health', 'national policy'],
		]);
	});

	it('refuses a story text that is not marked as English', () => {
		expect(() => readStoryText('<blockquote data-story-text><p>Texte</p></blockquote>')).toThrow(
			/lang="en"/,
		);
	});
});
