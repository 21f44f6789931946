// The browser tests drive Debian's Chromium (Playwright cannot download its own browser here):
// install it when missing and we are root, otherwise say exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
	if (process.getuid?.() !== 0) {
		console.error(
			`Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
		);
		process.exit(1);
	}
	console.log('Installing Debian chromium for the browser tests…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit',
	});
}
