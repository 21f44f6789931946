/** @module the code that embeds a story card: one <iframe>, written for the oEmbed responses and the story page alike */

/** the card's size in CSS pixels: a longer story scrolls inside its box, above the attribution */
export const EMBED_SIZE = Object.freeze({ width: 600, height: 480 });

/** @param {string} text */
const escapeAttribute = (text) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The <iframe> of a card.
 * @param {{ src: string, title: string, width?: number, height?: number }} card
 */
export function embedIframe({ src, title, width = EMBED_SIZE.width, height = EMBED_SIZE.height }) {
	return `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" title="${escapeAttribute(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/**
 * The same <iframe> at another size, for a consumer's `maxwidth` and `maxheight`.
 * @param {string} iframe what `embedIframe` wrote
 * @param {number} width
 * @param {number} height
 */
export function resizeIframe(iframe, width, height) {
	return iframe.replace(/ width="\d+" height="\d+"/, ` width="${width}" height="${height}"`);
}
