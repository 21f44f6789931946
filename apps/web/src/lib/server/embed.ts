/** @module embeddable stories: the card other sites frame, and the oEmbed 1.0 responses that give its code */
import { createHash } from 'node:crypto';
import { type Government, governmentId, type Story } from '@mgi-stories/core';
import { getLocale, localHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { EMBED_SIZE, embedIframe } from '../../../server/embed-code.js';
import { absoluteUrl } from './config';
import { storyPublication } from './editions';
import { governmentPlaceInputs } from './names';
import { embedPath, storyPath } from './paths';
import { sharePath } from './share-cards';
import { storyName } from './stories';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** the <iframe> that shows a story's card */
export const storyEmbedCode = (story: Story) =>
	embedIframe({
		src: absoluteUrl(embedPath(story.slug)),
		title: m.story_meta_title({ name: storyName(story) }),
	});

/** what every oEmbed response of the site says: the version, who provides it, the share image */
function oembedBase(title: string, thumbnail: string) {
	return {
		version: '1.0',
		title,
		provider_name: m.site_name(),
		provider_url: absoluteUrl(localHref('/')),
		cache_age: 86_400,
		thumbnail_url: absoluteUrl(thumbnail),
		thumbnail_width: 1200,
		thumbnail_height: 630,
	};
}

/** a story page's oEmbed response: the rich type, an <iframe> of its card */
export function storyOembed(story: Story) {
	return {
		...oembedBase(m.story_meta_title({ name: storyName(story) }), sharePath('stories', story.slug)),
		// the story is IOM's words; a government's page is ours, and names no author
		author_name: m.publisher_name(),
		type: 'rich',
		html: storyEmbedCode(story),
		...EMBED_SIZE,
	};
}

/**
 * a government page's: a link to the page itself, under its own title and share image, even when
 * it has a story (the story's page answers with the story's card)
 */
export function governmentOembed(government: Government) {
	const id = governmentId(government).toLowerCase();
	return {
		...oembedBase(
			m.gov_meta_title(governmentPlaceInputs(government)),
			sharePath('governments', id),
		),
		type: 'link',
	};
}

const CARD_STYLE = `
:root { color-scheme: light dark; --fg: #14181c; --muted: #4f5863; --bg: #ffffff; --border: #d5dae0; --accent: #0b5f66; }
@media (prefers-color-scheme: dark) { :root { --fg: #e7ebee; --muted: #a9b3bd; --bg: #101417; --border: #33404a; --accent: #6fcfc6; } }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 Inter, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
article { display: flex; flex-direction: column; height: 100%; padding: 0.75rem 1rem; border-top: 4px solid var(--accent); }
header, footer { flex: none; }
.site { margin: 0; color: var(--accent); font-size: 0.8125rem; font-weight: 700; letter-spacing: 0.02em; }
.kicker { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.8125rem; }
h1 { margin: 0.125rem 0 0.5rem; font: 650 1.375rem/1.2 "Source Serif 4", Georgia, "Times New Roman", serif; }
.text { flex: 1 1 auto; min-height: 4.5em; overflow: auto; }
.text:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
blockquote { margin: 0; font-family: "Source Serif 4", Georgia, "Times New Roman", serif; font-size: 1.0625rem; }
blockquote p { margin: 0 0 0.75rem; }
footer { border-top: 1px solid var(--border); padding-top: 0.5rem; color: var(--muted); font-size: 0.75rem; line-height: 1.4; }
footer p { margin: 0 0 0.25rem; }
.read { font-size: 0.875rem; font-weight: 600; margin: 0.375rem 0 0; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
`.trim();

const CARD_STYLE_HASH = `sha256-${createHash('sha256').update(CARD_STYLE).digest('base64')}`;

/** the policy of the card: its one stylesheet, no script, nothing else (framing is a header: any site) */
export const CARD_POLICY = `default-src 'none'; style-src '${CARD_STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

/**
 * A story's card, framework-free: the booklet's words verbatim (in English, as published), where
 * they come from, the required citation, and a link back to the story's page. The card fills its
 * frame: a long story scrolls inside its own box, so the attribution below it (the licence's
 * condition) is never cut off by the frame's height.
 */
export function embedCard(story: Story): string {
	const name = storyName(story);
	const publication = storyPublication(story);
	const kicker =
		story.level === 'local'
			? m.story_kicker_local({ page: story.page })
			: m.story_kicker_national({ page: story.page });
	const paragraphs = story.text
		.split(/\n\n+/)
		.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
		.join('');
	const page = absoluteUrl(storyPath(story.slug));
	return `<!doctype html>
<html lang="${getLocale()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${CARD_POLICY}">
<meta name="robots" content="noindex">
<title>${escapeHtml(m.story_meta_title({ name }))}</title>
<link rel="canonical" href="${escapeHtml(page)}">
<style>${CARD_STYLE}</style>
</head>
<body>
<article aria-labelledby="card-title">
<header>
<p class="site">${escapeHtml(m.site_name())}</p>
<p class="kicker">${escapeHtml(kicker)}</p>
<h1 id="card-title">${escapeHtml(name)}</h1>
</header>
<div class="text" tabindex="0" role="region" aria-labelledby="card-title">
<blockquote lang="en" cite="urn:isbn:${publication.isbn.pdf}">${paragraphs}</blockquote>
</div>
<footer>
<p>${escapeHtml(m.story_source_before())} <cite lang="en">${escapeHtml(publication.title)}</cite> ${escapeHtml(m.story_source_after({ year: publication.year, page: story.page }))} ${escapeHtml(m.quote_open())}<span lang="en">${escapeHtml(story.heading)}</span>${escapeHtml(m.quote_close())}. ${escapeHtml(m.copyright_line({ year: publication.year }))}. ${escapeHtml(m.embed_card_licence())} <a href="${publication.licence.url}" rel="license" target="_blank" lang="en">${escapeHtml(publication.licence.name)}</a>.</p>
<p>${escapeHtml(m.embed_card_citation())} <span lang="en">${escapeHtml(publication.requiredCitation)}</span></p>
<p class="read"><a href="${escapeHtml(page)}" target="_blank">${escapeHtml(m.embed_card_read({ site: m.site_name() }))}</a></p>
</footer>
</article>
</body>
</html>
`;
}
