import type { Plugin as EsbuildPlugin } from 'esbuild';

export declare const DATA_MODULES: string[];
export declare function splitDataModule(
	name: string,
	source: string,
): { code: string; parts: string[] };
export declare function importDefiningModules(source: string, modules: Map<string, string>): string;
export declare function esbuildCoreModulesPlugin(options: { appDir: string }): EsbuildPlugin;
export declare function esbuildCoreDataPlugin(options: { assetsDir: string }): EsbuildPlugin;
