/** The article a name takes in a French sentence ("l" for l’); a name may also take none. */
export const FRENCH_ARTICLES = ['le', 'la', 'l', 'les'] as const;
/** The article a name takes in a Spanish sentence; a name may also take none ("Cabo Verde"). */
export const SPANISH_ARTICLES = ['el', 'la', 'los', 'las'] as const;
