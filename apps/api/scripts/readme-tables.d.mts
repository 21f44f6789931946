export declare function renderTables(document: unknown): { routes: string; downloads: string };
export declare function withTables(readme: string, tables: Record<string, string>): string;
export declare function currentReadme(): Promise<string>;
