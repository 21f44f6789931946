import { describe, expect, it } from 'vitest';
import { dataParts, loadData, setDataSource } from './data.js';

describe('the data assets the Worker leaves out of its modules', () => {
	it('loads nothing where no source is set (Node and the tests bundle the tables)', async () => {
		await loadData(['search-index']);
		expect(() => dataParts('search-index')).toThrow(/search-index was read before it was loaded/);
	});

	it('reads each asset once, however many parts ask for it, and splits it into its lines', async () => {
		const reads: string[] = [];
		setDataSource(async (name) => {
			reads.push(name);
			return '{"a":1}\n["b"]';
		});
		await Promise.all([loadData(['one', 'two']), loadData(['one'])]);
		await loadData(['two']);
		expect(reads.sort()).toEqual(['one', 'two']);
		expect(dataParts('one')).toEqual(['{"a":1}', '["b"]']);
	});

	it('reads an asset again after a failed read', async () => {
		let failing = true;
		setDataSource(async () => {
			if (failing) throw new Error('ASSETS unavailable');
			return '[]';
		});
		await expect(loadData(['flaky'])).rejects.toThrow('ASSETS unavailable');
		failing = false;
		await loadData(['flaky']);
		expect(dataParts('flaky')).toEqual(['[]']);
	});
});
