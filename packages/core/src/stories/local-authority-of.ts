import { checkArgument } from '../arguments.js';
import { localAuthorities } from '../data.js';
import { ArgumentError } from '../errors.js';
import type { LocalAuthority, Story } from '../types.js';

/**
 * The local authority a local story is about; `undefined` for a national story.
 * @example localAuthorityOf(requireStory({ slug: 'brazil' }))?.bookletName // 'São Paulo'
 */
export function localAuthorityOf(story: Story): LocalAuthority | undefined {
	const { localAuthority, slug } = checkArgument('localAuthorityOf', 'story', story).story('story');
	if (localAuthority === null) return undefined;
	const authority = localAuthorities.find((candidate) => candidate.id === localAuthority);
	if (!authority)
		throw new ArgumentError('localAuthorityOf', 'story', 'a story of the dataset', slug);
	return authority;
}
