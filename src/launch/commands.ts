/**
 * plan's commands by name: the CLI registers exactly these (src/cli/main.ts), and the compile cache
 * keeps compiled code per command (compile-cache.ts). Here, not in src/cli, because the compile
 * cache runs before the program is loaded and must not load it.
 */
export const COMMAND_NAMES = ['validate', 'render', 'kinds', 'init', 'schema', 'budget', 'summary', 'fields', 'kind', 'lsp'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];
