// Starts the built API and site side by side on localhost and prints where they are.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const services = [
	{
		name: 'API',
		cwd: join(root, 'apps/api'),
		entry: 'dist/node.js',
		port: process.env.API_PORT ?? '8787',
		path: '/v1',
	},
	{
		name: 'Site',
		cwd: join(root, 'apps/web'),
		entry: 'server/index.js',
		port: process.env.WEB_PORT ?? '4173',
		path: '/',
	},
];

const children = services.map((service) =>
	spawn(process.execPath, [service.entry], {
		cwd: service.cwd,
		env: { ...process.env, PORT: service.port },
		stdio: ['ignore', 'inherit', 'inherit'],
	}),
);

async function waitUntilUp(url) {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(url)).status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${url} did not answer`);
}

const stop = (code) => {
	for (const child of children) child.kill();
	process.exit(code);
};
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

await Promise.all(
	services.map((service) => waitUntilUp(`http://127.0.0.1:${service.port}${service.path}`)),
);
console.log('\nMGI Success Stories is running:');
for (const service of services)
	console.log(`  ${service.name.padEnd(5)} http://localhost:${service.port}${service.path}`);
console.log(`  API docs http://localhost:${services[0].port}/docs`);
console.log(
	`  MCP   http://localhost:${services[0].port}/mcp (for AI assistants, Streamable HTTP)`,
);
console.log('Press Ctrl+C to stop.');
