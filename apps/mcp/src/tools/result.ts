/** @module a tool's answer: text for the model to read, the same facts as JSON for programs */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export function answer(text: string, structured: Record<string, unknown>): CallToolResult {
	return { content: [{ type: 'text', text }], structuredContent: structured };
}
