import type { Messages } from '../i18n/index.js';

type Id =
  | 'config.notMapping'
  | 'config.unknownRule'
  | 'config.ruleIdsHint'
  | 'config.problem'
  | 'config.invalid'
  | 'config.kindsInvalid'
  | 'config.notFound'
  | 'config.unreadable'
  | 'config.notRegular'
  | 'config.tooLarge'
  | 'inline.missingRule'
  | 'inline.missingRuleHint'
  | 'inline.unknownRule'
  | 'inline.unused'
  | 'inline.unusedHint';

/** What configuration files and `# plan-disable-next-line` comments make plan say. */
export const configMessages: Messages<Id> = {
  en: {
    'config.notMapping': 'A configuration file is a mapping with the keys rules, lang and ignore; this file is not.',
    'config.unknownRule': 'Unknown rule "{rule}".',
    'config.ruleIdsHint': 'Rule ids are printed beside each problem plan reports, for example budget/sum-mismatch.',
    'config.problem': '{file}:{line}:{column}: {message}',
    'config.invalid': 'plan: the configuration file {path} is not valid, so no plan was checked.',
    'config.kindsInvalid': 'plan: a kind that {path} names has mistakes in its kind file, so no plan was checked; "plan kind check <folder>" checks a kind alone.',
    'config.notFound': 'plan: no such configuration file: {path}',
    'config.unreadable': 'plan: cannot read the configuration file {path}: {reason}',
    'config.notRegular': 'it is not a regular file but a folder, a pipe or a device',
    'config.tooLarge': 'it is {size}, more than the {limit} plan reads',
    'inline.missingRule': 'The comment "plan-disable-next-line" names no rule, so it disables nothing.',
    'inline.missingRuleHint': 'Name the rules to disable, for example "# plan-disable-next-line budget/sum-mismatch".',
    'inline.unknownRule': 'The comment "plan-disable-next-line" names the unknown rule "{rule}".',
    'inline.unused': 'The comment disables "{rule}", but that rule reports nothing on the next line.',
    'inline.unusedHint': 'Remove "{rule}" from the comment, or the comment itself.',
  },
  sv: {
    'config.notMapping': 'En konfigurationsfil består av nycklarna rules, lang och ignore med värden; det gör inte den här filen.',
    'config.unknownRule': 'Okänd regel "{rule}".',
    'config.ruleIdsHint': 'Regelns id står bredvid varje problem som plan rapporterar, till exempel budget/sum-mismatch.',
    'config.problem': '{file}:{line}:{column}: {message}',
    'config.invalid': 'plan: konfigurationsfilen {path} är inte giltig, så ingen plan kontrollerades.',
    'config.kindsInvalid': 'plan: ett slag som {path} anger har fel i sin slagfil, så ingen plan kontrollerades; "plan kind check <mapp>" kontrollerar ett slag för sig.',
    'config.notFound': 'plan: konfigurationsfilen finns inte: {path}',
    'config.unreadable': 'plan: kan inte läsa konfigurationsfilen {path}: {reason}',
    'config.notRegular': 'den är ingen vanlig fil utan en mapp, en pipe eller en enhet',
    'config.tooLarge': 'den är {size}, mer än de {limit} plan läser',
    'inline.missingRule': 'Kommentaren "plan-disable-next-line" nämner ingen regel och stänger därför inte av något.',
    'inline.missingRuleHint': 'Ange reglerna som ska stängas av, till exempel "# plan-disable-next-line budget/sum-mismatch".',
    'inline.unknownRule': 'Kommentaren "plan-disable-next-line" nämner den okända regeln "{rule}".',
    'inline.unused': 'Kommentaren stänger av "{rule}", men den regeln rapporterar inget på nästa rad.',
    'inline.unusedHint': 'Ta bort "{rule}" ur kommentaren, eller hela kommentaren.',
  },
  nb: {
    'config.notMapping': 'En konfigurasjonsfil består av nøklene rules, lang og ignore med verdier; det gjør ikke denne filen.',
    'config.unknownRule': 'Ukjent regel "{rule}".',
    'config.ruleIdsHint': 'Regelens id står ved siden av hvert problem plan rapporterer, for eksempel budget/sum-mismatch.',
    'config.problem': '{file}:{line}:{column}: {message}',
    'config.invalid': 'plan: konfigurasjonsfilen {path} er ikke gyldig, så ingen plan ble kontrollert.',
    'config.kindsInvalid': 'plan: en type som {path} oppgir, har feil i typefilen, så ingen plan ble kontrollert; "plan kind check <mappe>" kontrollerer en type alene.',
    'config.notFound': 'plan: konfigurasjonsfilen finnes ikke: {path}',
    'config.unreadable': 'plan: kan ikke lese konfigurasjonsfilen {path}: {reason}',
    'config.notRegular': 'den er ingen vanlig fil, men en mappe, en pipe eller en enhet',
    'config.tooLarge': 'den er {size}, mer enn de {limit} plan leser',
    'inline.missingRule': 'Kommentaren "plan-disable-next-line" nevner ingen regel og slår derfor ikke av noe.',
    'inline.missingRuleHint': 'Oppgi reglene som skal slås av, for eksempel "# plan-disable-next-line budget/sum-mismatch".',
    'inline.unknownRule': 'Kommentaren "plan-disable-next-line" nevner den ukjente regelen "{rule}".',
    'inline.unused': 'Kommentaren slår av "{rule}", men den regelen rapporterer ingenting på neste linje.',
    'inline.unusedHint': 'Fjern "{rule}" fra kommentaren, eller hele kommentaren.',
  },
};
