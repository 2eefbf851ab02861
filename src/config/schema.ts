import { z } from 'zod';
import { LANGS } from '../i18n/index.js';
import { once } from '../core/once.js';

export const RULE_SETTINGS = ['off', 'warning', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/**
 * `.planrc.yaml`: strict, so that a misspelt key is an error with a suggestion rather than silently
 * ignored. Made when a configuration is first read: a run in a folder without one needs none.
 */
export const configSchema = once(() =>
  z
    .strictObject({
      rules: z
        .record(z.string(), z.enum(RULE_SETTINGS))
        .optional()
        .meta({ description: 'How each rule is reported, by rule id: off, warning or error.' }),
      lang: z.enum(LANGS).optional().meta({ description: 'The language of messages: sv, nb or en.' }),
      ignore: z
        .array(z.string())
        .optional()
        .meta({ description: "Files and folders not to check, as .gitignore patterns relative to this file's folder." }),
      kinds: z
        .array(z.string())
        .optional()
        .meta({ description: "Folders of kinds of this repository's own, relative to this file's folder: each subfolder holds a kind.yaml (see docs/kinds.md)." }),
      limits: z
        .strictObject({
          warnFrom: z
            .int()
            .min(1)
            .max(100)
            .optional()
            .meta({ description: 'From what share of a field\'s limit, in per cent, plan warns that a text is near it (field/near-limit); default 95.' }),
        })
        .optional()
        .meta({ description: 'How field limits (characters, words, lines a funder\'s portal allows) are checked.' }),
      pictureFolders: z
        .array(z.string())
        .optional()
        .meta({ description: "Folders outside a plan's own that its pictures (logos) may come from, relative to this file's folder. A plan's pictures are otherwise read only from its folder and below." }),
      docx: z
        .strictObject({
          referenceDoc: z
            .string()
            .optional()
            .meta({ description: "The organisation's Word template, relative to this file's folder: the .docx and PDF take its styles, page set-up, headers and footers." }),
        })
        .optional()
        .meta({ description: 'Settings for the Word documents plan render writes.' }),
    })
    .meta({ description: 'Settings for plan validate in this folder and the folders below it.' }),
);

export type ConfigData = z.output<ReturnType<typeof configSchema>>;
