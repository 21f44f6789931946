import type { OptionChecks } from '../arguments.js';
import { ArgumentError } from '../errors.js';

/**
 * The `locale` of a main-entry function whose words are the project's own sentences: the main entry
 * carries them in English only, so French or Spanish is an error that says where they are.
 */
export function englishOnly(fn: string, args: OptionChecks): 'en' {
	const locale = args.locale();
	if (locale !== 'en') {
		throw new ArgumentError(
			fn,
			'locale',
			'"en" in the main entry',
			locale,
			`got ${JSON.stringify(locale)}: import { ${fn} } from '@mgi-stories/core/i18n' for French or Spanish`,
		);
	}
	return locale;
}
