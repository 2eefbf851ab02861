import type { Messages } from '../i18n/index.js';

type Id =
  | 'cli.notFound'
  | 'cli.noPlans'
  | 'cli.badLang'
  | 'cli.badFormat'
  | 'render.docxToTerminal'
  | 'render.noOffice'
  | 'render.pdfFailed'
  | 'render.pdfNotConverted'
  | 'render.oneOutput'
  | 'render.sameOutput'
  | 'render.sameAsInput'
  | 'render.noFolder'
  | 'render.cannotWrite'
  | 'render.hasErrors'
  | 'render.notAPlan'
  | 'render.notADraft'
  | 'render.toMismatch'
  | 'render.pdfAOnlyPdf'
  | 'render.officeMissing'
  | 'render.badTarget'
  | 'render.noTemplate'
  | 'render.wrote'
  | 'render.templateError'
  | 'render.picture'
  | 'render.referenceDoc.missing'
  | 'render.referenceDoc.not-file'
  | 'render.referenceDoc.too-large'
  | 'render.referenceDoc.not-docx'
  | 'kinds.heading'
  | 'validate.noMatch'
  | 'validate.unreadableFolder'
  | 'validate.largeIgnoreFile'
  | 'validate.badMaxWarnings'
  | 'validate.tooManyWarnings'
  | 'validate.stdinTwice'
  | 'validate.noStdin'
  | 'validate.skippedNonPlan'
  | 'validate.ignored'
  | 'validate.badConcurrency'
  | 'validate.workers'
  | 'validate.workers.noFreeCore'
  | 'validate.workers.notWorth'
  | 'validate.workers.oneCore'
  | 'validate.cache.unreadable'
  | 'validate.cache.damaged'
  | 'validate.cache.foreign'
  | 'validate.cache.special'
  | 'validate.cache.tooLarge'
  | 'validate.cache.unwritable'
  | 'validate.cache.readOnly'
  | 'validate.cache.input'
  | 'validate.cache.kindUnwatched'
  | 'validate.cacheIsOutput'
  | 'validate.cacheIsYaml'
  | 'output.exists'
  | 'output.isFolder'
  | 'cli.unknownKind';

export const cliMessages: Messages<Id> = {
  en: {
    'cli.notFound': 'plan: no such file or folder: {path}',
    'cli.noPlans': 'plan: no plans (*.yaml, *.yml) found in {paths}',
    'cli.badLang': 'plan: unknown language "{lang}"; use sv, nb or en',
    'cli.badFormat': 'plan: unknown format "{format}"; the formats are {formats}',
    'render.docxToTerminal': 'plan: cannot write .docx to a terminal; name an output file with -o, or use "-o -" to write to standard output',
    'render.noOffice': 'plan: --to pdf needs LibreOffice, which is not installed: install it (Debian and Ubuntu: apt-get install libreoffice-writer-nogui fonts-crosextra-carlito), or name its soffice program in PLAN_SOFFICE',
    'render.pdfFailed': 'plan: LibreOffice could not make the PDFs, and none was written: {reason}',
    'render.pdfNotConverted': 'plan: LibreOffice could not make a PDF of {file}, so it was not written',
    'render.oneOutput': 'plan: -o names one file; use --out-dir to render several plans',
    'render.sameOutput': 'plan: {first} and {second} would both be written to {path}, one over the other; nothing was written. Render them into different folders, or rename one of them',
    'render.sameAsInput': 'plan: the output file {path} is the plan itself; plan never overwrites its input',
    'render.noFolder': 'plan: the folder {folder} does not exist; create it first or write elsewhere',
    'render.cannotWrite': 'plan: cannot write {path}: {reason}',
    'render.hasErrors': 'plan: {file} has errors, so it is not rendered; fix them, or use --force to render it as it is',
    'render.notAPlan': 'plan: {file} cannot be read as a plan, so it is not rendered; fix the errors above first, or use --draft to render it with placeholders',
    'render.notADraft': 'plan: {file} cannot be rendered even as a draft: a draft needs YAML that can be read and a kind: line naming a known kind; fix the errors above first',
    'render.toMismatch': 'plan: --to {to} writes {to}, but the output file {path} is named as {extension}; name it .{to}, or leave out --to',
    'render.pdfAOnlyPdf': 'plan: --pdf-a applies to PDF only; add --to pdf (or name the output .pdf)',
    'render.officeMissing': 'plan: PLAN_SOFFICE names {path}, which is not a program that can be run; name LibreOffice\'s soffice there, or unset it to find soffice on PATH',
    'render.badTarget': 'plan: unknown output format "{to}"; use md, docx or pdf',
    'render.noTemplate': 'plan: the kind {kind} has no template in {lang}',
    'render.wrote': 'wrote {path}',
    'render.templateError': 'plan: the template {template} could not be used: {reason}',
    'render.picture': 'plan: {file}: the picture "{href}" cannot be put in the document; plan validate says why',
    'render.referenceDoc.missing': 'plan: the reference document {path} is not found',
    'render.referenceDoc.not-file': 'plan: the reference document {path} is a folder, device or pipe, not a .docx file',
    'render.referenceDoc.too-large': 'plan: the reference document {path} is larger than 50 MB',
    'render.referenceDoc.not-docx': 'plan: the reference document {path} is not a Word document (.docx)',
    'kinds.heading': 'Kinds of plan:',
    'validate.noMatch': 'plan: no plan files (*.yaml, *.yml) match {pattern}',
    'validate.unreadableFolder': 'plan: cannot read the folder {path}: {reason}; its plans are not checked',
    'validate.largeIgnoreFile': 'plan: {path} is {size}, more than the {limit} plan reads of a .gitignore file; its rules are not applied',
    'validate.badMaxWarnings': 'plan: --max-warnings takes a whole number, 0 or more, not "{value}"',
    'validate.tooManyWarnings': 'plan: {warnings}, more than --max-warnings {max} allows',
    'validate.stdinTwice': 'plan: "-" (standard input) can be named only once',
    'validate.noStdin': 'plan: there is no standard input to read',
    'validate.skippedNonPlan': 'plan: skipped {path}: not a plan (no "kind:")',
    'validate.ignored': 'plan: skipped {path}: a configuration file\'s "ignore" names it',
    'validate.badConcurrency': 'plan: --concurrency takes a number of threads, "auto" or "off", not "{value}"',
    'validate.workers': 'plan: checking {files} files; worker threads beside the main one: {threads}',
    'validate.workers.noFreeCore': 'plan: checking {files} files on the main thread only: other work keeps the other cores busy (--concurrency N starts workers anyway)',
    'validate.workers.notWorth': 'plan: checking {files} files on the main thread only: at the pace of the first files the rest take about {ms} ms, less than starting a worker costs',
    'validate.workers.oneCore': 'plan: checking {files} files on the main thread only: this machine has one core',
    'validate.cache.unreadable': 'plan: the cache {path} cannot be read ({reason}); it is left as it is, and every plan is checked',
    'validate.cache.damaged': 'plan: the cache {path} is damaged (its checksum or its contents are wrong); every plan is checked afresh',
    'validate.cache.foreign': 'plan: {path} is not a plan cache; it is left as it is, and every plan is checked (name another --cache-location)',
    'validate.cache.special': 'plan: the cache {path} is not a regular file (a folder, a device or a pipe); it is neither read nor written, and every plan is checked',
    'validate.cache.tooLarge': 'plan: the cache {path} is {reason} MB, larger than any plan cache; it is left as it is, and every plan is checked',
    'validate.cache.unwritable': 'plan: the cache {path} could not be written ({reason}); the next run checks every plan again',
    'validate.cache.readOnly': 'plan: the cache {path} is read-only: what it holds was used, and what changed is not kept in it',
    'validate.cache.input': 'plan: the cache {path} is one of the plans being checked; it is neither read nor written, and every plan is checked',
    'validate.cache.kindUnwatched': 'plan: the kind folder {path} holds more than {reason} files and folders, more than --cache watches; its plans are checked on every run',
    'validate.cacheIsOutput': 'plan: the report is to be written to {path}, the file --cache-location names; name another file for one of them',
    'validate.cacheIsYaml': 'plan: --cache-location {path} ends in .yaml or .yml, so later runs would read the cache as a plan or a configuration; name it otherwise (the default is .plancache)',
    'output.exists': 'plan: {path} exists already; choose another name, or use --force to replace it',
    'output.isFolder': 'plan: {path} is a folder; name a file to write',
    'cli.unknownKind': 'plan: unknown kind "{kind}"',
  },
  sv: {
    'cli.notFound': 'plan: filen eller mappen finns inte: {path}',
    'cli.noPlans': 'plan: inga planer (*.yaml, *.yml) hittades i {paths}',
    'cli.badLang': 'plan: okänt språk "{lang}"; använd sv, nb eller en',
    'cli.badFormat': 'plan: okänt format "{format}"; formaten är {formats}',
    'render.docxToTerminal': 'plan: kan inte skriva .docx till terminalen; ange en utfil med -o, eller "-o -" för att skriva till standard ut',
    'render.noOffice': 'plan: --to pdf behöver LibreOffice, som inte är installerat: installera det (Debian och Ubuntu: apt-get install libreoffice-writer-nogui fonts-crosextra-carlito), eller ange dess program soffice i PLAN_SOFFICE',
    'render.pdfFailed': 'plan: LibreOffice kunde inte göra PDF-filerna, och ingen skrevs: {reason}',
    'render.pdfNotConverted': 'plan: LibreOffice kunde inte göra en PDF av {file}, så den skrevs inte',
    'render.oneOutput': 'plan: -o anger en fil; använd --out-dir för att skriva ut flera planer',
    'render.sameOutput': 'plan: {first} och {second} skulle båda skrivas till {path}, den ena över den andra; ingenting skrevs. Skriv ut dem till olika mappar, eller byt namn på den ena',
    'render.sameAsInput': 'plan: utfilen {path} är planen själv; plan skriver aldrig över sin indata',
    'render.noFolder': 'plan: mappen {folder} finns inte; skapa den först eller skriv någon annanstans',
    'render.cannotWrite': 'plan: kan inte skriva {path}: {reason}',
    'render.hasErrors': 'plan: {file} har fel och skrivs därför inte ut; rätta dem, eller använd --force för att skriva ut den som den är',
    'render.notAPlan': 'plan: {file} kan inte läsas som en plan och skrivs därför inte ut; rätta felen ovan först, eller använd --draft för att skriva ut den med platshållare',
    'render.notADraft': 'plan: {file} kan inte skrivas ut ens som utkast: ett utkast kräver YAML som går att läsa och en rad kind: med ett känt slag; rätta felen ovan först',
    'render.toMismatch': 'plan: --to {to} skriver {to}, men utfilen {path} har namnet {extension}; ge den ändelsen .{to}, eller utelämna --to',
    'render.pdfAOnlyPdf': 'plan: --pdf-a gäller bara PDF; lägg till --to pdf (eller ge utfilen ändelsen .pdf)',
    'render.officeMissing': 'plan: PLAN_SOFFICE anger {path}, som inte är ett program som kan köras; ange LibreOffices soffice där, eller ta bort variabeln så söks soffice i PATH',
    'render.badTarget': 'plan: okänt utformat "{to}"; använd md, docx eller pdf',
    'render.noTemplate': 'plan: slaget {kind} har ingen mall på {lang}',
    'render.wrote': 'skrev {path}',
    'render.templateError': 'plan: mallen {template} kunde inte användas: {reason}',
    'render.picture': 'plan: {file}: bilden "{href}" kan inte läggas in i dokumentet; plan validate säger varför',
    'render.referenceDoc.missing': 'plan: referensdokumentet {path} finns inte',
    'render.referenceDoc.not-file': 'plan: referensdokumentet {path} är en mapp, en enhet eller en pipe, ingen .docx-fil',
    'render.referenceDoc.too-large': 'plan: referensdokumentet {path} är större än 50 MB',
    'render.referenceDoc.not-docx': 'plan: referensdokumentet {path} är inget Word-dokument (.docx)',
    'kinds.heading': 'Slag av planer:',
    'validate.noMatch': 'plan: inga planfiler (*.yaml, *.yml) matchar {pattern}',
    'validate.unreadableFolder': 'plan: kan inte läsa mappen {path}: {reason}; planerna i den kontrolleras inte',
    'validate.largeIgnoreFile': 'plan: {path} är {size}, mer än de {limit} plan läser av en .gitignore-fil; dess regler tillämpas inte',
    'validate.badMaxWarnings': 'plan: --max-warnings tar ett heltal, 0 eller mer, inte "{value}"',
    'validate.tooManyWarnings': 'plan: {warnings}, fler än --max-warnings {max} tillåter',
    'validate.stdinTwice': 'plan: "-" (standard in) kan bara anges en gång',
    'validate.noStdin': 'plan: det finns ingen standard in att läsa',
    'validate.skippedNonPlan': 'plan: hoppade över {path}: inte en plan (inget "kind:")',
    'validate.ignored': 'plan: hoppade över {path}: "ignore" i en konfigurationsfil nämner den',
    'validate.badConcurrency': 'plan: --concurrency tar ett antal trådar, "auto" eller "off", inte "{value}"',
    'validate.workers': 'plan: kontrollerar {files} filer; trådar utöver huvudtråden: {threads}',
    'validate.workers.noFreeCore': 'plan: kontrollerar {files} filer enbart i huvudtråden: annat arbete håller de andra kärnorna upptagna (--concurrency N startar trådar ändå)',
    'validate.workers.notWorth': 'plan: kontrollerar {files} filer enbart i huvudtråden: i de första filernas takt tar resten omkring {ms} ms, mindre än vad det kostar att starta en tråd',
    'validate.workers.oneCore': 'plan: kontrollerar {files} filer enbart i huvudtråden: datorn har en kärna',
    'validate.cache.unreadable': 'plan: cachen {path} kan inte läsas ({reason}); den lämnas som den är, och varje plan kontrolleras',
    'validate.cache.damaged': 'plan: cachen {path} är skadad (dess kontrollsumma eller innehåll stämmer inte); varje plan kontrolleras på nytt',
    'validate.cache.foreign': 'plan: {path} är ingen plancache; den lämnas som den är, och varje plan kontrolleras (ange en annan --cache-location)',
    'validate.cache.special': 'plan: cachen {path} är ingen vanlig fil (en mapp, en enhet eller ett rör); den varken läses eller skrivs, och varje plan kontrolleras',
    'validate.cache.tooLarge': 'plan: cachen {path} är {reason} MB, större än någon plancache; den lämnas som den är, och varje plan kontrolleras',
    'validate.cache.unwritable': 'plan: cachen {path} kunde inte skrivas ({reason}); nästa körning kontrollerar alla planer igen',
    'validate.cache.readOnly': 'plan: cachen {path} är skrivskyddad: det den innehåller användes, och det som ändrats sparas inte i den',
    'validate.cache.input': 'plan: cachen {path} är en av planerna som kontrolleras; den varken läses eller skrivs, och varje plan kontrolleras',
    'validate.cache.kindUnwatched': 'plan: slagets mapp {path} innehåller fler än {reason} filer och mappar, fler än --cache bevakar; slagets planer kontrolleras vid varje körning',
    'validate.cacheIsOutput': 'plan: rapporten ska skrivas till {path}, filen som --cache-location anger; ange en annan fil för en av dem',
    'validate.cacheIsYaml': 'plan: --cache-location {path} slutar på .yaml eller .yml, så senare körningar skulle läsa cachen som en plan eller en konfiguration; ge den ett annat namn (standard är .plancache)',
    'output.exists': 'plan: {path} finns redan; välj ett annat namn, eller använd --force för att ersätta den',
    'output.isFolder': 'plan: {path} är en mapp; ange en fil att skriva',
    'cli.unknownKind': 'plan: okänt slag "{kind}"',
  },
  nb: {
    'cli.notFound': 'plan: filen eller mappen finnes ikke: {path}',
    'cli.noPlans': 'plan: ingen planer (*.yaml, *.yml) funnet i {paths}',
    'cli.badLang': 'plan: ukjent språk "{lang}"; bruk sv, nb eller en',
    'cli.badFormat': 'plan: ukjent format "{format}"; formatene er {formats}',
    'render.docxToTerminal': 'plan: kan ikke skrive .docx til terminalen; oppgi en utfil med -o, eller "-o -" for å skrive til standard ut',
    'render.noOffice': 'plan: --to pdf trenger LibreOffice, som ikke er installert: installer det (Debian og Ubuntu: apt-get install libreoffice-writer-nogui fonts-crosextra-carlito), eller oppgi programmet soffice i PLAN_SOFFICE',
    'render.pdfFailed': 'plan: LibreOffice kunne ikke lage PDF-filene, og ingen ble skrevet: {reason}',
    'render.pdfNotConverted': 'plan: LibreOffice kunne ikke lage en PDF av {file}, så den ble ikke skrevet',
    'render.oneOutput': 'plan: -o oppgir én fil; bruk --out-dir for å skrive ut flere planer',
    'render.sameOutput': 'plan: {first} og {second} ville begge blitt skrevet til {path}, den ene over den andre; ingenting ble skrevet. Skriv dem ut til forskjellige mapper, eller gi den ene et nytt navn',
    'render.sameAsInput': 'plan: utfilen {path} er selve planen; plan overskriver aldri sine inndata',
    'render.noFolder': 'plan: mappen {folder} finnes ikke; opprett den først eller skriv et annet sted',
    'render.cannotWrite': 'plan: kan ikke skrive {path}: {reason}',
    'render.hasErrors': 'plan: {file} har feil og blir derfor ikke skrevet ut; rett dem, eller bruk --force for å skrive den ut som den er',
    'render.notAPlan': 'plan: {file} kan ikke leses som en plan og blir derfor ikke skrevet ut; rett feilene over først, eller bruk --draft for å skrive den ut med plassholdere',
    'render.notADraft': 'plan: {file} kan ikke skrives ut selv som utkast: et utkast krever YAML som kan leses og en linje kind: med en kjent type; rett feilene over først',
    'render.toMismatch': 'plan: --to {to} skriver {to}, men utfilen {path} har navnet {extension}; gi den endelsen .{to}, eller utelat --to',
    'render.pdfAOnlyPdf': 'plan: --pdf-a gjelder bare PDF; legg til --to pdf (eller gi utfilen endelsen .pdf)',
    'render.officeMissing': 'plan: PLAN_SOFFICE oppgir {path}, som ikke er et program som kan kjøres; oppgi LibreOffices soffice der, eller fjern variabelen så letes det etter soffice i PATH',
    'render.badTarget': 'plan: ukjent utformat "{to}"; bruk md, docx eller pdf',
    'render.noTemplate': 'plan: typen {kind} har ingen mal på {lang}',
    'render.wrote': 'skrev {path}',
    'render.templateError': 'plan: malen {template} kunne ikke brukes: {reason}',
    'render.picture': 'plan: {file}: bildet "{href}" kan ikke legges inn i dokumentet; plan validate sier hvorfor',
    'render.referenceDoc.missing': 'plan: referansedokumentet {path} finnes ikke',
    'render.referenceDoc.not-file': 'plan: referansedokumentet {path} er en mappe, en enhet eller en pipe, ikke en .docx-fil',
    'render.referenceDoc.too-large': 'plan: referansedokumentet {path} er større enn 50 MB',
    'render.referenceDoc.not-docx': 'plan: referansedokumentet {path} er ikke et Word-dokument (.docx)',
    'kinds.heading': 'Typer planer:',
    'validate.noMatch': 'plan: ingen planfiler (*.yaml, *.yml) passer med {pattern}',
    'validate.unreadableFolder': 'plan: kan ikke lese mappen {path}: {reason}; planene i den kontrolleres ikke',
    'validate.largeIgnoreFile': 'plan: {path} er {size}, mer enn de {limit} plan leser av en .gitignore-fil; reglene i den brukes ikke',
    'validate.badMaxWarnings': 'plan: --max-warnings tar et heltall, 0 eller mer, ikke "{value}"',
    'validate.tooManyWarnings': 'plan: {warnings}, flere enn --max-warnings {max} tillater',
    'validate.stdinTwice': 'plan: "-" (standard inn) kan bare oppgis én gang',
    'validate.noStdin': 'plan: det finnes ingen standard inn å lese',
    'validate.skippedNonPlan': 'plan: hoppet over {path}: ikke en plan (ingen "kind:")',
    'validate.ignored': 'plan: hoppet over {path}: "ignore" i en konfigurasjonsfil nevner den',
    'validate.badConcurrency': 'plan: --concurrency tar et antall tråder, "auto" eller "off", ikke "{value}"',
    'validate.workers': 'plan: kontrollerer {files} filer; tråder i tillegg til hovedtråden: {threads}',
    'validate.workers.noFreeCore': 'plan: kontrollerer {files} filer bare i hovedtråden: annet arbeid holder de andre kjernene opptatt (--concurrency N starter tråder likevel)',
    'validate.workers.notWorth': 'plan: kontrollerer {files} filer bare i hovedtråden: i takten til de første filene tar resten omtrent {ms} ms, mindre enn det koster å starte en tråd',
    'validate.workers.oneCore': 'plan: kontrollerer {files} filer bare i hovedtråden: maskinen har én kjerne',
    'validate.cache.unreadable': 'plan: hurtigbufferen {path} kan ikke leses ({reason}); den blir stående som den er, og hver plan kontrolleres',
    'validate.cache.damaged': 'plan: hurtigbufferen {path} er skadet (kontrollsummen eller innholdet stemmer ikke); hver plan kontrolleres på nytt',
    'validate.cache.foreign': 'plan: {path} er ikke en hurtigbuffer for plan; den blir stående som den er, og hver plan kontrolleres (oppgi en annen --cache-location)',
    'validate.cache.special': 'plan: hurtigbufferen {path} er ikke en vanlig fil (en mappe, en enhet eller et rør); den verken leses eller skrives, og hver plan kontrolleres',
    'validate.cache.tooLarge': 'plan: hurtigbufferen {path} er {reason} MB, større enn noen hurtigbuffer for plan; den blir stående som den er, og hver plan kontrolleres',
    'validate.cache.unwritable': 'plan: hurtigbufferen {path} kunne ikke skrives ({reason}); neste kjøring kontrollerer alle planer igjen',
    'validate.cache.readOnly': 'plan: hurtigbufferen {path} er skrivebeskyttet: det den inneholder ble brukt, og det som er endret lagres ikke i den',
    'validate.cache.input': 'plan: hurtigbufferen {path} er en av planene som kontrolleres; den verken leses eller skrives, og hver plan kontrolleres',
    'validate.cache.kindUnwatched': 'plan: mappen til typen {path} inneholder flere enn {reason} filer og mapper, flere enn --cache overvåker; typens planer kontrolleres ved hver kjøring',
    'validate.cacheIsOutput': 'plan: rapporten skal skrives til {path}, filen som --cache-location oppgir; oppgi en annen fil for en av dem',
    'validate.cacheIsYaml': 'plan: --cache-location {path} slutter på .yaml eller .yml, så senere kjøringer ville lese hurtigbufferen som en plan eller en konfigurasjon; gi den et annet navn (standard er .plancache)',
    'output.exists': 'plan: {path} finnes allerede; velg et annet navn, eller bruk --force for å erstatte den',
    'output.isFolder': 'plan: {path} er en mappe; oppgi en fil å skrive',
    'cli.unknownKind': 'plan: ukjent type "{kind}"',
  },
};
