import type { Messages } from '../../i18n/index.js';

type Id =
  | 'section.missingAnswer'
  | 'section.missingAnswerHint'
  | 'section.missingAnswerHintAfter'
  | 'section.noContacts'
  | 'section.noContactsHint'
  | 'report.diaryNumber'
  | 'report.diaryNumberHint'
  | 'report.diaryNumberDigits'
  | 'figure.notANumber'
  | 'figure.notANumberHint'
  | 'figure.ambiguous'
  | 'figure.ambiguousHint'
  | 'indicator.baselinePartsSum'
  | 'indicator.finalPartsSum'
  | 'indicator.partsSumHint'
  | 'indicator.changeMismatch'
  | 'indicator.changeMismatchHint'
  | 'indicator.changeSignHint'
  | 'indicator.dateOrder'
  | 'contact.phoneYamlNumber'
  | 'contact.phoneYamlNumberHint'
  | 'contact.phoneFormat'
  | 'contact.phoneFormatHint'
  | 'contact.phoneTooLong'
  | 'contact.phoneIncomplete'
  | 'contact.phoneNoAreaCode'
  | 'contact.phoneHint'
  | 'report.summary.period'
  | 'report.summary.answered'
  | 'report.summary.answeredValue'
  | 'report.summary.indicators';

export const messages: Messages<Id> = {
  en: {
    'report.summary.period': 'Project period',
    'report.summary.answered': 'Sections answered',
    'report.summary.answeredValue': '{answered} of {sections}',
    'report.summary.indicators': 'Result figures',
    'section.missingAnswer': 'The section "{section}" has no answer.',
    'section.missingAnswerHint': 'Write the project\'s answer under "{key}:". The form asks for an answer in every section; where the project has not worked with the question, say so (e.g. "Vi har inte arbetat med regionala prioriteringar").',
    'section.missingAnswerHintAfter': 'Write the project\'s answer under "{key}:", after "{previous}:" (line {line}). The form asks for an answer in every section; where the project has not worked with the question, say so (e.g. "Vi har inte arbetat med regionala prioriteringar").',
    'section.noContacts': 'The section "{section}" names no contact person.',
    'section.noContactsHint': 'Add at least one person under "contacts:" with role, name and telephone or e-mail.',
    'report.diaryNumber': 'The diary number "{input}" is not of the form year-number, e.g. 2009-3060004.',
    'report.diaryNumberHint': 'Write only the number as the ESF Council\'s decision gives it, e.g. 2009-3060004.',
    'report.diaryNumberDigits': 'The diary number "{input}" has {count} digits after the year; the ESF Council\'s diary numbers have 7 (e.g. 2009-3060004). Check it against the decision.',
    'figure.notANumber': '{field}: "{input}" is not a number.',
    'figure.notANumberHint': 'Write a number, with a decimal comma if needed: 145, "16,6" or -20.',
    'figure.ambiguous': '{field}: "{input}" can be read two ways: "." may separate thousands or decimals.',
    'figure.ambiguousHint': 'Write {thousands} for the whole number, or "{decimal}" for the decimal.',
    'indicator.baselinePartsSum': '{indicator}: the baseline is stated as {stated}, but its parts add up to {computed} ({terms}).',
    'indicator.finalPartsSum': '{indicator}: the final value is stated as {stated}, but its parts add up to {computed} ({terms}).',
    'indicator.partsSumHint': 'Write {computed}, or correct the part that is wrong.',
    'indicator.changeMismatch': '{indicator}: the change is stated as {stated}, but {final} − {baseline} = {computed}.',
    'indicator.changeMismatchHint': 'Write {computed}, or correct the baseline or the final value.',
    'indicator.changeSignHint': 'A decrease is written with a minus sign and an increase without: write {computed}.',
    'indicator.dateOrder': '{indicator}: the final measurement ({final}) is dated before the baseline ({baseline}).',
    'contact.phoneYamlNumber': '{field} has been read as the number {digits}, not as text; a + or a leading 0 does not survive that.',
    'contact.phoneYamlNumberHint': 'Put the number in quotes, as the report should print it, e.g. "+46 18 727 00 00" or "018-727 00 00".',
    'contact.phoneFormat': 'The telephone number of {name}, "{input}", is not a telephone number.',
    'contact.phoneFormatHint': 'Write the digits in groups separated by spaces or hyphens, area code first, e.g. 018-727 00 00 or +46 18 727 00 00.',
    'contact.phoneTooLong': 'The telephone number of {name}, "{input}", has {count} digits, more than one number can have.',
    'contact.phoneIncomplete': 'The telephone number of {name}, "{input}", is incomplete: it has only {count} digits.',
    'contact.phoneNoAreaCode': 'The telephone number of {name}, "{input}", has no area code.',
    'contact.phoneHint': 'A Swedish number has 8–10 digits with its area code, e.g. 018-727 00 00.',
  },
  sv: {
    'report.summary.period': 'Projektperiod',
    'report.summary.answered': 'Besvarade avsnitt',
    'report.summary.answeredValue': '{answered} av {sections}',
    'report.summary.indicators': 'Resultatmått',
    'section.missingAnswer': 'Avsnittet "{section}" saknar svar.',
    'section.missingAnswerHint': 'Skriv projektets svar under "{key}:". Blanketten vill ha ett svar i varje avsnitt; har projektet inte arbetat med frågan, skriv det (t.ex. "Vi har inte arbetat med regionala prioriteringar").',
    'section.missingAnswerHintAfter': 'Skriv projektets svar under "{key}:", efter "{previous}:" (rad {line}). Blanketten vill ha ett svar i varje avsnitt; har projektet inte arbetat med frågan, skriv det (t.ex. "Vi har inte arbetat med regionala prioriteringar").',
    'section.noContacts': 'Avsnittet "{section}" anger ingen kontaktperson.',
    'section.noContactsHint': 'Ange minst en person under "contacts:" med roll, namn och telefon eller e-post.',
    'report.diaryNumber': 'Diarienumret "{input}" har inte formen år-nummer, t.ex. 2009-3060004.',
    'report.diaryNumberHint': 'Skriv bara numret som det står i Svenska ESF-rådets beslut, t.ex. 2009-3060004.',
    'report.diaryNumberDigits': 'Diarienumret "{input}" har {count} siffror efter året; Svenska ESF-rådets diarienummer har 7 (t.ex. 2009-3060004). Kontrollera det mot beslutet.',
    'figure.notANumber': '{field}: "{input}" är inget tal.',
    'figure.notANumberHint': 'Skriv ett tal, med decimalkomma vid behov: 145, "16,6" eller -20.',
    'figure.ambiguous': '{field}: "{input}" kan läsas på två sätt: "." kan skilja tusental eller decimaler.',
    'figure.ambiguousHint': 'Skriv {thousands} för heltalet, eller "{decimal}" för decimaltalet.',
    'indicator.baselinePartsSum': '{indicator}: utgångsvärdet anges till {stated}, men delmåtten summerar till {computed} ({terms}).',
    'indicator.finalPartsSum': '{indicator}: slutvärdet anges till {stated}, men delmåtten summerar till {computed} ({terms}).',
    'indicator.partsSumHint': 'Skriv {computed}, eller rätta det delmått som är fel.',
    'indicator.changeMismatch': '{indicator}: förändringen anges till {stated}, men {final} − {baseline} = {computed}.',
    'indicator.changeMismatchHint': 'Skriv {computed}, eller rätta utgångsvärdet eller slutvärdet.',
    'indicator.changeSignHint': 'En minskning skrivs med minustecken och en ökning utan: skriv {computed}.',
    'indicator.dateOrder': '{indicator}: slutmätningen ({final}) är daterad före utgångsmätningen ({baseline}).',
    'contact.phoneYamlNumber': '{field} har lästs som talet {digits}, inte som text; ett + eller en inledande nolla försvinner då.',
    'contact.phoneYamlNumberHint': 'Skriv numret inom citattecken, som det ska stå i rapporten, t.ex. "+46 18 727 00 00" eller "018-727 00 00".',
    'contact.phoneFormat': 'Telefonnumret till {name}, "{input}", är inget telefonnummer.',
    'contact.phoneFormatHint': 'Skriv siffrorna i grupper åtskilda av mellanslag eller bindestreck, riktnumret först, t.ex. 018-727 00 00 eller +46 18 727 00 00.',
    'contact.phoneTooLong': 'Telefonnumret till {name}, "{input}", har {count} siffror, fler än ett nummer kan ha.',
    'contact.phoneIncomplete': 'Telefonnumret till {name}, "{input}", är ofullständigt: det har bara {count} siffror.',
    'contact.phoneNoAreaCode': 'Telefonnumret till {name}, "{input}", saknar riktnummer.',
    'contact.phoneHint': 'Ett svenskt nummer har 8–10 siffror med riktnummer, t.ex. 018-727 00 00.',
  },
  nb: {
    'report.summary.period': 'Prosjektperiode',
    'report.summary.answered': 'Besvarte avsnitt',
    'report.summary.answeredValue': '{answered} av {sections}',
    'report.summary.indicators': 'Resultatmål',
    'section.missingAnswer': 'Avsnittet "{section}" mangler svar.',
    'section.missingAnswerHint': 'Skriv prosjektets svar under "{key}:". Skjemaet ber om et svar i hvert avsnitt; har prosjektet ikke arbeidet med spørsmålet, skriv det (f.eks. "Vi har inte arbetat med regionala prioriteringar").',
    'section.missingAnswerHintAfter': 'Skriv prosjektets svar under "{key}:", etter "{previous}:" (linje {line}). Skjemaet ber om et svar i hvert avsnitt; har prosjektet ikke arbeidet med spørsmålet, skriv det (f.eks. "Vi har inte arbetat med regionala prioriteringar").',
    'section.noContacts': 'Avsnittet "{section}" oppgir ingen kontaktperson.',
    'section.noContactsHint': 'Oppgi minst én person under "contacts:" med rolle, navn og telefon eller e-post.',
    'report.diaryNumber': 'Journalnummeret "{input}" har ikke formen år-nummer, f.eks. 2009-3060004.',
    'report.diaryNumberHint': 'Skriv bare nummeret slik det står i vedtaket fra Svenska ESF-rådet, f.eks. 2009-3060004.',
    'report.diaryNumberDigits': 'Journalnummeret "{input}" har {count} sifre etter året; Svenska ESF-rådets journalnumre har 7 (f.eks. 2009-3060004). Kontroller det mot vedtaket.',
    'figure.notANumber': '{field}: "{input}" er ikke et tall.',
    'figure.notANumberHint': 'Skriv et tall, med desimalkomma ved behov: 145, "16,6" eller -20.',
    'figure.ambiguous': '{field}: "{input}" kan leses på to måter: "." kan skille tusener eller desimaler.',
    'figure.ambiguousHint': 'Skriv {thousands} for heltallet, eller "{decimal}" for desimaltallet.',
    'indicator.baselinePartsSum': '{indicator}: utgangsverdien er oppgitt til {stated}, men delmålene summerer seg til {computed} ({terms}).',
    'indicator.finalPartsSum': '{indicator}: sluttverdien er oppgitt til {stated}, men delmålene summerer seg til {computed} ({terms}).',
    'indicator.partsSumHint': 'Skriv {computed}, eller rett delmålet som er feil.',
    'indicator.changeMismatch': '{indicator}: endringen er oppgitt til {stated}, men {final} − {baseline} = {computed}.',
    'indicator.changeMismatchHint': 'Skriv {computed}, eller rett utgangsverdien eller sluttverdien.',
    'indicator.changeSignHint': 'En nedgang skrives med minustegn og en økning uten: skriv {computed}.',
    'indicator.dateOrder': '{indicator}: sluttmålingen ({final}) er datert før utgangsmålingen ({baseline}).',
    'contact.phoneYamlNumber': '{field} er lest som tallet {digits}, ikke som tekst; et + eller en innledende null forsvinner da.',
    'contact.phoneYamlNumberHint': 'Skriv nummeret i anførselstegn, slik rapporten skal vise det, f.eks. "+46 18 727 00 00" eller "018-727 00 00".',
    'contact.phoneFormat': 'Telefonnummeret til {name}, "{input}", er ikke et telefonnummer.',
    'contact.phoneFormatHint': 'Skriv sifrene i grupper atskilt med mellomrom eller bindestrek, retningsnummeret først, f.eks. 018-727 00 00 eller +46 18 727 00 00.',
    'contact.phoneTooLong': 'Telefonnummeret til {name}, "{input}", har {count} sifre, flere enn ett nummer kan ha.',
    'contact.phoneIncomplete': 'Telefonnummeret til {name}, "{input}", er ufullstendig: det har bare {count} sifre.',
    'contact.phoneNoAreaCode': 'Telefonnummeret til {name}, "{input}", mangler retningsnummer.',
    'contact.phoneHint': 'Et svensk nummer har 8–10 sifre med retningsnummer, f.eks. 018-727 00 00.',
  },
};
