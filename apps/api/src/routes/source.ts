/** @module /v1/source: the publication the data comes from, how to cite it, and its licence */
import { datasetVersion, publication, publications } from '@mgi-stories/core';
import { Hono } from 'hono/tiny';
import { JSON_ONLY, varies } from '../http/variance.js';
import { loadDataset } from '../lazy/load.js';
import { operation } from '../openapi/operation.js';

const getSource = operation({
	operationId: 'getSource',
	tags: ['Dataset'],
	summary:
		'The publication, its required citation and licence, and the sources of the government data',
	description:
		'Where the data comes from: the booklet’s bibliographic record, the citation it requires, its licence and notice, and the source, version and licence of every other field.',
	query: {},
});

export const sourceRoutes = new Hono().get('/', varies(JSON_ONLY), getSource, async (c) =>
	c.json(
		{
			data: {
				version: datasetVersion,
				publication,
				publications,
				citation: publication.requiredCitation,
				licence: publication.licence,
				sources: (await loadDataset()).datasetSources(),
				notice: `The stories, captions and credits are quoted verbatim from ${publication.title} (${publication.publisherShort}, ${publication.year}, ISBN ${publication.isbn.pdf}) under ${publication.licence.name}: no derivatives, no commercial use, attribution required. ${publication.licence.notice} Every other field names its source, version and licence in sources; the classification, the local authorities' levels and the claims checks are this project's own reading (CC-BY-4.0), not IOM's.`,
				links: {
					self: '/v1/source',
					programmeContact: publication.programmeContact.url,
					licence: publication.licence.url,
				},
			},
		},
		200,
	),
);
