/** The part of subset-font's API fonts.js uses (the package ships no types). */
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: {
			targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
			variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
			noLayoutClosure?: boolean;
		},
	): Promise<Buffer>;
}
