// Progressive enhancement for the pages that ship no framework code: copy buttons.
// Without this script the text to copy stays selectable in its <pre>.
for (const button of document.querySelectorAll('button[data-copy]')) {
	const source = document.getElementById(button.dataset.copy ?? '');
	const status = document.getElementById(button.dataset.copyStatus ?? '');
	if (!source) continue;
	button.hidden = false;
	button.addEventListener('click', async () => {
		const text = source.textContent ?? '';
		try {
			await navigator.clipboard.writeText(text);
			if (status) status.textContent = button.dataset.copied ?? 'Copied to the clipboard.';
		} catch {
			const range = document.createRange();
			range.selectNodeContents(source);
			const selection = window.getSelection();
			selection?.removeAllRanges();
			selection?.addRange(range);
			if (status)
				status.textContent =
					button.dataset.selected ?? 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
		}
	});
}
// e2e tests wait for this marker before interacting
document.documentElement.dataset.hydrated = 'true';
