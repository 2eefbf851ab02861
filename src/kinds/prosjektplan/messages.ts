import type { Messages } from '../../i18n/index.js';

type Id =
  | 'prosjektplan.monthsTooFew'
  | 'prosjektplan.resourcesAmount'
  | 'prosjektplan.factorNumber'
  | 'prosjektplan.subGoalNumber'
  | 'prosjektplan.activityNumber'
  | 'prosjektplan.activityNumberHint'
  | 'prosjektplan.activityGoal'
  | 'prosjektplan.activityGoalMove'
  | 'prosjektplan.activityGoalRenumber'
  | 'prosjektplan.duplicateSubGoal'
  | 'prosjektplan.duplicateActivity'
  | 'prosjektplan.decisionPoint'
  | 'prosjektplan.activity'
  | 'prosjektplan.milestone'
  | 'prosjektplan.undated'
  | 'prosjektplan.undatedHint'
  | 'prosjektplan.afterPeriod'
  | 'prosjektplan.beforePeriod'
  | 'prosjektplan.acrossPeriod'
  | 'prosjektplan.outsidePeriodHint'
  | 'prosjektplan.deadlineUnread'
  | 'prosjektplan.deadlineUnreadHint'
  | 'prosjektplan.summary.period'
  | 'prosjektplan.summary.subGoals'
  | 'prosjektplan.summary.activities'
  | 'prosjektplan.summary.milestones'
  | 'prosjektplan.summary.ahead'
  | 'prosjektplan.summary.periodValue';

export const messages: Messages<Id> = {
  en: {
    'prosjektplan.summary.periodValue': '{start} – {end} ({months} months)',
    'prosjektplan.summary.period': 'Project period',
    'prosjektplan.summary.subGoals': 'Sub-goals',
    'prosjektplan.summary.activities': 'Main activities',
    'prosjektplan.summary.milestones': 'Milestones',
    'prosjektplan.summary.ahead': 'Milestones after {date}',
    'prosjektplan.monthsTooFew': '{field}: the project lasts at least one month.',
    'prosjektplan.resourcesAmount': '1.3: give the resource frame either per year ("perYear") or for the whole project ("total"), one of them.',
    'prosjektplan.factorNumber': '{field}: "Vedr. pkt." is the number of a success factor in 5.1, counting from 1.',
    'prosjektplan.subGoalNumber': 'The sub-goal "{id}" has no number; write it as "Delmål 2", so that its main activities can be numbered "HA 2.1", "HA 2.2" ….',
    'prosjektplan.activityNumber': 'The main activity "{id}" has no number of the form "HA N.M".',
    'prosjektplan.activityNumberHint': 'Write for example "{example}": the sub-goal\'s number, a full stop, and the activity\'s number under it.',
    'prosjektplan.activityGoal': '"{id}" sits under "{goal}": the main activities under it are numbered "HA {number}.1", "HA {number}.2" ….',
    'prosjektplan.activityGoalMove': 'Move it to "{goal}", or number it "HA {number}.M".',
    'prosjektplan.activityGoalRenumber': 'Number it "HA {number}.M".',
    'prosjektplan.duplicateSubGoal': 'The sub-goal "{id}" appears twice; give each sub-goal its own number.',
    'prosjektplan.duplicateActivity': 'The main activity "{id}" appears twice (first under "{goal}"); give each activity its own number.',
    'prosjektplan.decisionPoint': 'The decision point "{text}"',
    'prosjektplan.activity': 'The main activity {id}',
    'prosjektplan.milestone': 'The milestone "{text}"',
    'prosjektplan.undated': '{what} has no date.',
    'prosjektplan.undatedHint': 'Write when it is in the text, for example "28. juni 2007 ved presentasjon av hovedprosjektet." or "… i kommunestyret januar 2008."',
    'prosjektplan.afterPeriod': '{what} ({date}) comes after the project period ends ({period}).',
    'prosjektplan.beforePeriod': '{what} ({date}) comes before the project starts ({period}).',
    'prosjektplan.acrossPeriod': '{what} ({date}) reaches outside the project period ({period}).',
    'prosjektplan.outsidePeriodHint': 'The project period runs from the start ({start}) through the time frame of {months} months in 1.3; correct the date, or the start or the time frame.',
    'prosjektplan.deadlineUnread': '{what}: the text is longer than {limit} characters, so plan does not look for a deadline in it.',
    'prosjektplan.deadlineUnreadHint': 'If the activity has a deadline, give it in "deadline", for example deadline: innen 1. mai 2008.',
  },
  nb: {
    'prosjektplan.summary.periodValue': '{start} – {end} ({months} måneder)',
    'prosjektplan.summary.period': 'Prosjektperiode',
    'prosjektplan.summary.subGoals': 'Delmål',
    'prosjektplan.summary.activities': 'Hovedaktiviteter',
    'prosjektplan.summary.milestones': 'Milepæler',
    'prosjektplan.summary.ahead': 'Milepæler etter {date}',
    'prosjektplan.monthsTooFew': '{field}: prosjektet varer minst én måned.',
    'prosjektplan.resourcesAmount': '1.3: oppgi ressursrammen enten pr. år ("perYear") eller for hele prosjektet ("total"), én av dem.',
    'prosjektplan.factorNumber': '{field}: "Vedr. pkt." er nummeret på en suksessfaktor i 5.1, regnet fra 1.',
    'prosjektplan.subGoalNumber': 'Delmålet "{id}" har ikke noe nummer; skriv det som "Delmål 2", slik at hovedaktivitetene kan nummereres "HA 2.1", "HA 2.2" ….',
    'prosjektplan.activityNumber': 'Hovedaktiviteten "{id}" har ikke et nummer av formen "HA N.M".',
    'prosjektplan.activityNumberHint': 'Skriv for eksempel "{example}": delmålets nummer, punktum og aktivitetens nummer under det.',
    'prosjektplan.activityGoal': '"{id}" står under "{goal}": hovedaktivitetene der nummereres "HA {number}.1", "HA {number}.2" ….',
    'prosjektplan.activityGoalMove': 'Flytt den til "{goal}", eller gi den nummeret "HA {number}.M".',
    'prosjektplan.activityGoalRenumber': 'Gi den nummeret "HA {number}.M".',
    'prosjektplan.duplicateSubGoal': 'Delmålet "{id}" forekommer to ganger; gi hvert delmål sitt eget nummer.',
    'prosjektplan.duplicateActivity': 'Hovedaktiviteten "{id}" forekommer to ganger (først under "{goal}"); gi hver aktivitet sitt eget nummer.',
    'prosjektplan.decisionPoint': 'Beslutningspunktet "{text}"',
    'prosjektplan.activity': 'Hovedaktiviteten {id}',
    'prosjektplan.milestone': 'Milepælen "{text}"',
    'prosjektplan.undated': '{what} har ingen dato.',
    'prosjektplan.undatedHint': 'Skriv når det er i teksten, for eksempel "28. juni 2007 ved presentasjon av hovedprosjektet." eller "… i kommunestyret januar 2008."',
    'prosjektplan.afterPeriod': '{what} ({date}) ligger etter at prosjektperioden er slutt ({period}).',
    'prosjektplan.beforePeriod': '{what} ({date}) ligger før prosjektet starter ({period}).',
    'prosjektplan.acrossPeriod': '{what} ({date}) går utenfor prosjektperioden ({period}).',
    'prosjektplan.outsidePeriodHint': 'Prosjektperioden går fra oppstart ({start}) og tidsrammen på {months} måneder ut (1.3); rett datoen, eller oppstarten eller tidsrammen.',
    'prosjektplan.deadlineUnread': '{what}: teksten er lengre enn {limit} tegn, så plan leter ikke etter en frist i den.',
    'prosjektplan.deadlineUnreadHint': 'Har aktiviteten en frist, oppgi den i "deadline", for eksempel deadline: innen 1. mai 2008.',
  },
  sv: {
    'prosjektplan.summary.periodValue': '{start} – {end} ({months} månader)',
    'prosjektplan.summary.period': 'Projektperiod',
    'prosjektplan.summary.subGoals': 'Delmål',
    'prosjektplan.summary.activities': 'Huvudaktiviteter',
    'prosjektplan.summary.milestones': 'Milstolpar',
    'prosjektplan.summary.ahead': 'Milstolpar efter {date}',
    'prosjektplan.monthsTooFew': '{field}: projektet varar minst en månad.',
    'prosjektplan.resourcesAmount': '1.3: ange resursramen antingen per år ("perYear") eller för hela projektet ("total"), en av dem.',
    'prosjektplan.factorNumber': '{field}: "Vedr. pkt." är numret på en framgångsfaktor i 5.1, räknat från 1.',
    'prosjektplan.subGoalNumber': 'Delmålet "{id}" har inget nummer; skriv det som "Delmål 2", så att huvudaktiviteterna kan numreras "HA 2.1", "HA 2.2" ….',
    'prosjektplan.activityNumber': 'Huvudaktiviteten "{id}" har inget nummer av formen "HA N.M".',
    'prosjektplan.activityNumberHint': 'Skriv till exempel "{example}": delmålets nummer, punkt och aktivitetens nummer under det.',
    'prosjektplan.activityGoal': '"{id}" står under "{goal}": huvudaktiviteterna där numreras "HA {number}.1", "HA {number}.2" ….',
    'prosjektplan.activityGoalMove': 'Flytta den till "{goal}", eller ge den numret "HA {number}.M".',
    'prosjektplan.activityGoalRenumber': 'Ge den numret "HA {number}.M".',
    'prosjektplan.duplicateSubGoal': 'Delmålet "{id}" förekommer två gånger; ge varje delmål ett eget nummer.',
    'prosjektplan.duplicateActivity': 'Huvudaktiviteten "{id}" förekommer två gånger (först under "{goal}"); ge varje aktivitet ett eget nummer.',
    'prosjektplan.decisionPoint': 'Beslutspunkten "{text}"',
    'prosjektplan.activity': 'Huvudaktiviteten {id}',
    'prosjektplan.milestone': 'Milstolpen "{text}"',
    'prosjektplan.undated': '{what} har inget datum.',
    'prosjektplan.undatedHint': 'Skriv när den är i texten, till exempel "28. juni 2007 ved presentasjon av hovedprosjektet." eller "… i kommunestyret januar 2008."',
    'prosjektplan.afterPeriod': '{what} ({date}) ligger efter att projektperioden har slutat ({period}).',
    'prosjektplan.beforePeriod': '{what} ({date}) ligger innan projektet startar ({period}).',
    'prosjektplan.acrossPeriod': '{what} ({date}) går utanför projektperioden ({period}).',
    'prosjektplan.outsidePeriodHint': 'Projektperioden går från starten ({start}) och tidsramen på {months} månader ut (1.3); rätta datumet, eller starten eller tidsramen.',
    'prosjektplan.deadlineUnread': '{what}: texten är längre än {limit} tecken, så plan letar inte efter en frist i den.',
    'prosjektplan.deadlineUnreadHint': 'Har aktiviteten en frist, ange den i "deadline", till exempel deadline: innen 1. mai 2008.',
  },
};
