import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { ViteUserConfig } from 'vitest/config';

export declare const DOCS_CLIENT_ID: 'virtual:docs-client';
export declare function buildDocsClient(): Promise<string>;
export declare function docsStyle(): string;
export declare function esbuildDocsClientPlugin(options?: { asset?: boolean }): EsbuildPlugin;
export declare function docsClientPlugin(): NonNullable<ViteUserConfig['plugins']>[number];
