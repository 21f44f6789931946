import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { ViteUserConfig } from 'vitest/config';

export declare const OPENAPI_DOCUMENT_ID: 'virtual:openapi-document';
export declare function generateOpenApiDocument(): Promise<Record<string, unknown>>;
export declare function openApiDocumentText(): Promise<string>;
export declare function esbuildOpenApiPlugin(options?: { asset?: boolean }): EsbuildPlugin;
export declare function openApiPlugin(): NonNullable<ViteUserConfig['plugins']>[number];
