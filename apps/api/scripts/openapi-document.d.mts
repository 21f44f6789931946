import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { ViteUserConfig } from 'vitest/config';

export declare const OPENAPI_DOCUMENT_ID: 'virtual:openapi-document';
export declare function generateOpenApiDocument(): Promise<Record<string, unknown>>;
export declare function esbuildOpenApiPlugin(): EsbuildPlugin;
export declare function openApiPlugin(): NonNullable<ViteUserConfig['plugins']>[number];
