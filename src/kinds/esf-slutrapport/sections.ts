/**
 * The form's sections in the order it prints them. The template prints each heading with the form's
 * guidance under it; here they name the plan's keys in schema help and in messages.
 */
export const SECTIONS = [
  { key: 'summary', heading: 'Sammanfattning' },
  { key: 'results', heading: 'Projektets resultat' },
  { key: 'purposeAndGoals', heading: 'Syfte och mål med projektet' },
  { key: 'methods', heading: 'Arbetssätt' },
  { key: 'actors', heading: 'Deltagande aktörer i projektet' },
  { key: 'genderMainstreaming', heading: 'Jämställdhetsintegrering' },
  { key: 'accessibility', heading: 'Tillgänglighet för personer med funktionsnedsättning' },
  { key: 'regionalPriorities', heading: 'Regionala prioriteringar' },
  { key: 'dissemination', heading: 'Spridning och påverkansarbete' },
  { key: 'externalEvaluation', heading: 'Extern utvärdering' },
  { key: 'selfEvaluation', heading: 'Egenutvärdering' },
  { key: 'commentsAndTips', heading: 'Kommentarer och tips' },
  { key: 'contacts', heading: 'Kontaktpersoner' },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

export function headingOf(key: SectionKey): string {
  return SECTIONS.find((section) => section.key === key)!.heading;
}
