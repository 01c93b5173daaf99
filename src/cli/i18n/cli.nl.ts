import type { CliCode } from './catalogue'

/** The command line's Dutch words (`{name}` is a parameter); the default language. */
export const cliNl: Record<CliCode, string> = {
  'cli.mainHelp': `Cliëntadministratie 24x7 — opdrachtregel

Gebruik: npm run cli -- <opdracht> [opties] [--lang nl|en]

Opdrachten:
  demo   Schrijft de demogegevens als back-upbestand.
  verify Controleert alle consistentieregels van de gegevens in een back-up.
  import usage
         Leest een verbruiksbestand in een back-up in (zelfde regels als de app).
  finalise
         Maakt de concepten van een periode definitief in een nieuwe back-up.
  import partners|clients
         Leest partners of cliënten (met abonnementsgeschiedenis) in een back-up in.
  template partners|clients|usage
         Schrijft een importsjabloon (.xlsx) met toelichting.
  run    Maakt alle bestanden van een facturatieperiode uit een back-up:
         facturen (werkmap en pdf; definitieve ook als e-factuur en
         e-mailconcept), verbruiksoverzichten, bij een kwartaalafsluiting
         de abonnementscheck, en summary.json.

Opties bij elke opdracht:
  -h, --help   Toont de hulp bij de opdracht.
  --lang nl    Meldingen, voortgang en hulp in het Nederlands (standaard).
  --lang en    Meldingen, voortgang en hulp in het Engels. De bestanden
               (werkmappen, summary.json) blijven hetzelfde.

Zie docs/cli.md voor de uitleg, de exitcodes en het formaat van summary.json.
`,
  'cli.demoHelp': `Gebruik: npm run cli -- demo --out BESTAND [--case design|stress] [--today JJJJ-MM-DD] [--force] [--lang nl|en]

Schrijft de demogegevens als back-upbestand (JSON), dat de app kan terugzetten
en dat "run" leest.

Opties:
  --out BESTAND       Het back-upbestand dat wordt geschreven (verplicht).
  --case design       60 partners, 5.000 cliënten, 24 maanden verbruik (standaard).
  --case stress       500 partners, 100.000 cliënten, 24 maanden verbruik.
  --today DATUM       De dag waarop de gegevens "nu" zijn (standaard: vandaag).
  --force             Vervangt een bestaand bestand; zonder deze optie wordt
                      een bestaand bestand nooit overschreven.
  --lang nl|en        Taal van de meldingen (standaard nl).
`,
  'cli.runHelp': `Gebruik: npm run cli -- run --backup BESTAND --period JJJJ-MM --out MAP [--today JJJJ-MM-DD] [--logo BESTAND] [--force] [--lang nl|en]

Leest en controleert het back-upbestand en schrijft in MAP:
  - per partner met iets te factureren een factuur (concept; een al definitieve
    factuur van de periode wordt ongewijzigd opnieuw gemaakt) als werkmap en
    pdf; een definitieve ook als e-factuur (SI-UBL 2.0, als de partner een
    KvK-nummer of OIN heeft) en als e-mailconcept (.eml),
  - per partner het verbruiksoverzicht en één intern overzicht van alle partners,
  - als de periode een kwartaal afsluit (03, 06, 09, 12): de abonnementscheck
    per partner en één overzicht,
  - summary.json met de totalen per partner en per cliënt.
Er wordt niets geschreven als een argument of het bestand niet klopt, of als de
gegevens de controle van "verify" niet doorstaan. Gaat het
schrijven halverwege mis of breekt u af met Ctrl-C, dan worden de bestanden
van deze run weer verwijderd; bestanden die met --force al vervangen waren,
worden in de melding genoemd.

Opties:
  --backup BESTAND    Het back-upbestand (verplicht).
  --period JJJJ-MM    De facturatieperiode, genoemd naar de maand waarin zij
                      eindigt (verplicht).
  --out MAP           De map voor de bestanden (verplicht); wordt gemaakt als
                      zij niet bestaat en moet anders leeg zijn.
  --today DATUM       Factuur- en aanmaakdatum (standaard: vandaag).
  --force             Schrijft ook in een map die niet leeg is; bestanden met
                      dezelfde naam worden vervangen.
  --logo BESTAND      Het logo van de organisatie (PNG of JPEG, ten hoogste
                      1 MB) bovenaan elke factuur-pdf.
  --lang nl|en        Taal van de meldingen en de voortgang (standaard nl); de
                      bestanden zelf blijven Nederlands.
`,
  'cli.verifyHelp': `Gebruik: npm run cli -- verify --backup BESTAND [--today JJJJ-MM-DD] [--lang nl|en]

Controleert alle consistentieregels van de gegevens in het back-upbestand:
  - abonnementsperiodes die overlappen of een gat laten, of niet op de
    activatie beginnen of op de afmelding eindigen,
  - datums vóór 01-01-2000 of meer dan 2 jaar na vandaag (geboortedatums niet),
  - meer dan 44.640 bel- of registratieminuten per cliënt per periode,
  - een maandbedrag boven € 10.000,00,
  - een ingangsdatum van een afmelding die niet volgt uit de regel,
  - verwijzingen naar gegevens die ontbreken of dubbel zijn.
Elk probleem staat op een eigen regel met het record (tabel, id, veld en het
cliëntnummer als het een cliënt betreft); de laatste regel telt ze. Er wordt
niets geschreven.

Opties:
  --backup BESTAND    Het back-upbestand (verplicht).
  --today DATUM       De dag waartegen datums worden beoordeeld (standaard: vandaag).
  --lang nl|en        Taal van de meldingen (standaard nl).

Exitcode 0: geen problemen; 5: er zijn problemen gevonden.
`,
  'cli.error': 'Fout: {message}',
  'cli.unexpected': 'Onverwachte fout: {detail}',
  'cli.aborting': '\nAfbreken … (nog eens Ctrl-C om direct te stoppen)',
  'cli.unknownCommand': 'Onbekende opdracht "{name}". Kies uit: {commands}. Zie: npm run cli -- --help',
  'cli.unknownOption': 'Onbekende optie {option} bij "{command}". Zie: npm run cli -- {command} --help',
  'cli.optionNeedsValue': 'Optie {option} heeft een waarde nodig. Zie: npm run cli -- {command} --help',
  'cli.optionTakesNoValue': 'Optie {option} neemt geen waarde. Zie: npm run cli -- {command} --help',
  'cli.unexpectedArgument': 'Onverwacht argument "{argument}" bij "{command}". Zie: npm run cli -- {command} --help',
  'cli.invalidArguments': 'Ongeldige argumenten bij "{command}": {detail}. Zie: npm run cli -- {command} --help',
  'cli.requiredOption': 'Optie --{option} is verplicht bij "{command}". Zie: npm run cli -- {command} --help',
  'cli.invalidDate': 'Ongeldige datum bij --{option}: "{value}". Verwacht jjjj-mm-dd, bijvoorbeeld 2026-11-23.',
  'cli.invalidPeriod': 'Ongeldige periode bij --{option}: "{value}". Verwacht jjjj-mm, bijvoorbeeld 2026-11.',
  'cli.invalidChoice': 'Ongeldige waarde bij --{option}: "{value}". Kies uit: {choices}.',
  'cli.langNeedsValue': 'Optie --lang heeft een waarde nodig: {choices}. Zie: npm run cli -- --help',
  'cli.outNotAFolder': '"{path}" bestaat al en is geen map.',
  'cli.outUnreadable': 'Map "{path}" kan niet worden gelezen.',
  'cli.outNotEmpty':
    'Map "{path}" is niet leeg ({count} bestand(en)). Kies een lege of nieuwe map, of gebruik --force om bestanden met dezelfde naam te vervangen.',
  'cli.outNotWritable': 'In map "{path}" kan niet worden geschreven (geen schrijfrechten).',
  'cli.outCannotCreateIn': 'Map "{path}" kan niet worden gemaakt: "{parent}" is geen map waarin geschreven mag worden.',
  'cli.outCannotCreate': 'Map "{path}" kan niet worden gemaakt.',
  'cli.backupMissing': 'Back-upbestand "{path}" bestaat niet.',
  'cli.notAFile': '"{name}" is geen bestand.',
  'cli.backupTooLarge': '"{name}" is te groot voor een back-up (meer dan {megabytes} MB).',
  'cli.backupUnreadable': '"{name}" kan niet worden gelezen: geen leesrechten of het bestand is in gebruik.',
  'cli.backupNotJson': '"{name}" is geen geldig back-upbestand: de inhoud is geen leesbare JSON.',
  'cli.backupEncrypted':
    '"{name}" is een versleutelde back-up; de opdrachtregel leest alleen onversleutelde back-ups. Maak in de app een back-up met de versleuteling uit (Back-up → Versleuteling) of zet hem daar terug.',
  'cli.backupInvalid': '"{name}": {problem}',
  'cli.moreProblems': '… en nog {count} probleem/problemen.',
  'cli.backupDataWrong': 'De gegevens in de back-up kloppen niet: {problem}',
  'cli.demoExists': '"{path}" bestaat al; er is niets overschreven. Kies een andere naam of gebruik --force.',
  'cli.demoWriting': 'Demogegevens ({case}: {partners} partners, {clients} cliënten) schrijven naar {path} …',
  'cli.readingBackup': 'Back-up lezen en controleren: {path}',
  'cli.cancelledNothingWritten': 'Afgebroken; er is niets geschreven.',
  'cli.cancelledRemoved': 'Afgebroken; de bestanden van deze run zijn verwijderd.',
  'cli.cancelledSomeReplaced': 'Afgebroken; de nieuwe bestanden van deze run zijn verwijderd, maar bestaande bestanden waren al vervangen ({count}): {files}.',
  'cli.someReplaced': 'Daarvóór waren al bestaande bestanden vervangen ({count}): {files}.',
  'cli.removedLeftovers': 'Tijdelijke bestanden van een onderbroken run verwijderd ({count}): {files}',
  'cli.done': 'Klaar: {files} bestanden, {invoices} facturen, totaal {total}.',
  'cli.progressPartner': 'Partner {done} van {total}: {name}',
  'cli.progressOverview': 'Overzicht {done} van {total}: alle partners',
  'cli.verifyLine': '{record}: {problem}',
  'cli.verifyRecordOfClient': '{record} (cliëntnummer {clientNumber})',
  'cli.verifyClean': '"{name}": geen problemen gevonden.',
  'cli.verifyFound': '"{name}": {count} probleem/problemen gevonden.',
  'cli.verifyRefused': '"{name}" doorstaat de controle niet: {count} probleem/problemen. Er is niets geschreven.',
  'cli.importHelp': `Gebruik: npm run cli -- import usage --backup IN --file BESTAND --out UIT [--today JJJJ-MM-DD] [--decimal comma|point] [--clerk NAAM] [--force] [--lang nl|en]
       npm run cli -- import partners|clients --backup IN --file BESTAND --out UIT [--today JJJJ-MM-DD] [--update] [--clerk NAAM] [--force] [--lang nl|en]
         (partners en cliënten: zelfde regels als "Gegevens importeren"; --update werkt bestaande bij)

Leest een verbruiksbestand (.xlsx of .csv, zoals de telefooncentrale het
levert) in een back-up in, met dezelfde regels als "Verbruik inlezen" in de
app, en schrijft het resultaat als nieuwe back-up. Verbruik van een cliënt in
een periode vervangt het verbruik dat er al stond; de audittrail en de
importgeschiedenis krijgen de inlezing erbij, zodat die na het terugzetten van
de back-up in de app ongedaan te maken is.

Heeft het bestand een of meer foute regels, dan wordt niets ingelezen en
niets geschreven: elke foute regel wordt genoemd, met de reden.

Opties:
  --backup IN      Het back-upbestand om in te lezen (verplicht).
  --file BESTAND   Het verbruiksbestand (verplicht).
  --out UIT        Het nieuwe back-upbestand (verplicht).
  --today DATUM    Vandaag (JJJJ-MM-DD) voor de controle op datums in de
                   toekomst; standaard de datum van vandaag.
  --decimal comma|point
                   Hoe het bestand breuken schrijft (12,5 of 12.5). Nodig
                   als een getal twee kanten op kan (12.345) en niets anders
                   in het bestand het laat zien; anders volgt de opdracht
                   het bestand.
  --clerk NAAM     Op wiens naam de inlezing in de audittrail en de
                   importgeschiedenis komt; standaard "Opdrachtregel".
  --force          Een bestaand bestand UIT vervangen.

Exitcodes: 0 ingelezen, 2 verkeerd gebruik, 3 invoer onleesbaar,
4 UIT bestaat al, 5 foute regels (niets geschreven).
`,
  'cli.importUnknownKind': 'Onbekende soort "{kind}" bij "import". Mogelijk: {kinds}.',
  'cli.outExists': '"{path}" bestaat al; er is niets overschreven. Kies een andere naam of gebruik --force.',
  'cli.importFileRefused': '"{name}" is niet ingelezen: {problem}. Er is niets geschreven.',
  'cli.importRefused': '"{name}" is niet ingelezen: {count} van de {rows} regels zijn fout. Er is niets geschreven.',
  'cli.importRow': '  Regel {line} (cliëntnummer {clientNumber}): {problems}',
  'cli.importDone': 'Ingelezen: {rows} verbruiksregels ({replaced} vervangen) voor {periods}. Geschreven: {name}',
  'cli.importDecimalChoice':
    '"{name}" is niet ingelezen: {count} regel(s) hebben een getal dat twee kanten op kan (zoals 12.345) en niets anders in het bestand laat het decimaalteken zien. Geef het aan met --decimal comma of --decimal point. Regels: {lines}',
  // finalise
  'cli.finaliseHelp': `Gebruik: npm run cli -- finalise --backup IN --period JJJJ-MM --out UIT [--today JJJJ-MM-DD] [--force] [--lang nl|en]

Maakt de concepten van een facturatieperiode definitief, met dezelfde regels als
"Alle concepten definitief maken" in de app: elke partner met iets te factureren
en nog geen definitieve factuur krijgt het volgende nummer van het jaar (op
volgorde van partnernaam, zonder gaten), factuurdatum --today en de vervaldatum
uit de betaaltermijn. De audittrail krijgt per factuur een regel. Het resultaat is
een nieuwe back-up; "run" op die back-up schrijft de definitieve facturen met pdf,
e-factuur en e-mailconcept.
Er wordt niets geschreven als een argument of het bestand niet klopt, als de
gegevens de controle van "verify" niet doorstaan, of zolang een gefactureerde
abonnementsvorm nog de voorbeeldprijs of geen prijs heeft, of de gegevens van de
organisatie ontbreken of nog de voorbeeldwaarden zijn (behalve bij demogegevens:
hun documenten zeggen VOORBEELD).

Opties:
  --backup IN         Het back-upbestand (verplicht).
  --period JJJJ-MM    De facturatieperiode (verplicht).
  --out UIT           De nieuwe back-up (verplicht); een bestaand bestand alleen
                      met --force vervangen.
  --today DATUM       Factuurdatum (standaard: vandaag).
  --force             Vervangt een bestaand bestand UIT.
  --lang nl|en        Taal van de meldingen (standaard nl).
`,
  'cli.finaliseDone': 'Definitief gemaakt: {count} facturen, {first} t/m {last}, totaal {total}. Geschreven: {name}',
  'cli.finaliseRefused': 'Niets definitief gemaakt in {period}: los eerst {count} punt(en) op. Er is niets geschreven.',
  'cli.finaliseNothing': 'Er is niets definitief te maken in {period}: geen partner met een concept. Geschreven: {name}',
  'cli.templateHelp': `Gebruik: npm run cli -- template partners|clients|usage --out BESTAND.xlsx [--backup IN] [--force] [--lang nl|en]

Schrijft het importsjabloon dat ook de app schrijft: Nederlandse kolomkoppen,
één voorbeeldregel, keuzelijsten (abonnement, ECD-modus, rol van de
vertegenwoordiger, status) en een blad "Toelichting" dat elke kolom uitlegt.

Opties:
  --out BESTAND    Het sjabloon dat wordt geschreven (verplicht).
  --backup IN      Neemt de abonnementscodes voor de keuzelijst uit deze
                   back-up (zonder deze optie: de voorbeeldcatalogus).
  --force          Vervangt een bestaand bestand.

Afsluitcodes: 0 geschreven, 2 verkeerd gebruik, 3 back-up onleesbaar,
4 bestand bestaat al of kan niet worden geschreven.
`,
  'cli.templateUnknownKind': 'Onbekend soort sjabloon "{kind}". Mogelijk: {kinds}.',
  'cli.onboardingRefused': '"{name}" is niet ingelezen: {count} van de {rows} regels zijn fout. Er is niets geschreven.',
  'cli.onboardingRow': '  Regel {line} ({column}): {problem}',
  'cli.onboardingRecordsRefused': '"{name}" is niet ingelezen: de gegevens passen niet bij de back-up ({detail}). Er is niets geschreven.',
  'cli.onboardingDone': 'Ingelezen uit {name}: {created} nieuw, {updated} bijgewerkt.',
}
