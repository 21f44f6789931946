/** @module copy buttons: a block's text (CopyBlock) and the page's address (CopyLink) */
import { announce } from './template';

/**
 * Shows and wires the copy buttons. A CopyBlock button copies its <pre> (without the Clipboard API
 * it selects the text and says how to copy it); a CopyLink button copies the page's address as the
 * address bar shows it, so a filtered stories page is shared with its filters. Without JavaScript
 * the buttons stay hidden; a CopyLink button, also without the Clipboard API, stays invisible in the
 * place it keeps, so its appearing moves nothing.
 */
export function enhanceCopyButtons(root: ParentNode = document): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		const source = document.getElementById(button.dataset.copy ?? '');
		const status = document.getElementById(button.dataset.copyStatus ?? '');
		if (!source) continue;
		button.hidden = false;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(source.textContent ?? '');
				announce(status, button.dataset.copied ?? '');
			} catch {
				const range = document.createRange();
				range.selectNodeContents(source);
				const selection = window.getSelection();
				selection?.removeAllRanges();
				selection?.addRange(range);
				announce(status, button.dataset.selectHint ?? '');
			}
		});
	}

	if (typeof navigator.clipboard?.writeText !== 'function') return;
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
		const status = document.getElementById(button.dataset.copyStatus ?? '');
		button.dataset.ready = '';
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(location.href);
				announce(status, button.dataset.copied ?? '');
			} catch {
				announce(status, button.dataset.failed ?? '');
			}
		});
	}
}
