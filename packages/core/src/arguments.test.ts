import { describe, expect, it } from 'vitest';
import { checkOptions } from './arguments.js';
import { ArgumentError, CoreError } from './errors.js';

const STYLES = ['apa', 'chicago'] as const;

describe('checkOptions', () => {
	it('rejects anything but one options object, naming the function and the options it takes', () => {
		for (const options of ['Albania', 42, null, ['a'], undefined]) {
			expect(() => checkOptions('findGovernment', options, ['query'])).toThrow(
				/^findGovernment: options must be one options object \{ query \}; got /,
			);
		}
		expect(() => checkOptions('findGovernment', 'Albania', ['query'])).toThrow(
			'findGovernment: options must be one options object { query }; got "Albania"',
		);
	});

	it('suggests the right call only where a bare value can mean one option, keeping an argument before it', () => {
		const message = (options: unknown, keys: string[], shape = {}) => {
			try {
				checkOptions('f', options, keys, shape);
			} catch (error) {
				return (error as Error).message;
			}
		};
		expect(message('France', ['query'])).toMatch(/: call f\(\{ query: "France" \}\)$/);
		expect(message('USA', ['query', 'limit'], { primary: 'query' })).toMatch(
			/: call f\(\{ query: "USA" \}\)$/,
		);
		expect(message('excel', ['variant'], { positional: 'table' })).toMatch(
			/: call f\(table, \{ variant: "excel" \}\)$/,
		);
		// "health" could be a topic, a country or a query: no call is guessed
		expect(message('health', ['country', 'topic'])).toMatch(/got "health"$/);
	});

	it('accepts a missing options object when the options are optional', () => {
		expect(
			checkOptions('filterStories', undefined, ['query'], { optional: true }).optionalString(
				'query',
			),
		).toBeUndefined();
	});

	it('rejects an unknown option, listing the known ones', () => {
		expect(() => checkOptions('filterStories', { q: 'health' }, ['query', 'topic'])).toThrow(
			'filterStories: options must be one options object { query, topic }; "q" is not one of its options',
		);
	});

	it('throws an ArgumentError, which is a CoreError carrying the argument and what it accepts', () => {
		try {
			checkOptions('cite', { style: 'mla' }, ['style']).oneOf('style', STYLES);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ArgumentError);
			expect(error).toBeInstanceOf(CoreError);
			expect(error).toMatchObject({
				fn: 'cite',
				argument: 'style',
				allowed: 'one of "apa", "chicago"',
				received: 'mla',
				message: 'cite: style must be one of "apa", "chicago"; got "mla"',
			});
		}
	});

	it('matches allowed values case-insensitively and returns their canonical spelling', () => {
		const args = checkOptions('f', { style: 'APA', kinds: ['Chicago', 'apa'] }, ['style', 'kinds']);
		expect(args.oneOf('style', STYLES)).toBe('apa');
		expect(args.optionalListOf('kinds', STYLES)).toEqual(['chicago', 'apa']);
	});

	it('checks strings, lists of strings, integers in range and booleans', () => {
		const args = checkOptions(
			'f',
			{ text: 1, names: ['a', 2], limit: -1, exact: 'yes', ok: 'fine', many: 'one' },
			['text', 'names', 'limit', 'exact', 'ok', 'many'],
		);
		expect(() => args.string('text')).toThrow('f: text must be a string; got number 1');
		expect(() => args.optionalStrings('names')).toThrow(
			'f: names must be a string or a list of strings; got an array',
		);
		expect(() => args.optionalInteger('limit', { min: 1, max: 10 })).toThrow(
			'f: limit must be an integer from 1 to 10; got number -1',
		);
		expect(() => args.optionalBoolean('exact')).toThrow(
			'f: exact must be true or false; got "yes"',
		);
		expect(args.string('ok')).toBe('fine');
		expect(args.optionalStrings('many')).toEqual(['one']);
		expect(args.optionalString('missing')).toBeUndefined();
	});

	it('checks that a record argument is an object with its identifying property', () => {
		const args = checkOptions('cite', { story: 'albania' }, ['story']);
		expect(() => args.record('story', 'slug', 'a story of the dataset')).toThrow(
			'cite: story must be a story of the dataset; got "albania"',
		);
	});
});
