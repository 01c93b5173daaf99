/** Help texts; `npm run cli -- <command> --help` prints the command's own. */
export const MAIN_HELP = `Cliëntadministratie 24x7 — opdrachtregel

Gebruik: npm run cli -- <opdracht> [opties]

Opdrachten:
  demo   Schrijft de demogegevens als back-upbestand.
  run    Maakt alle bestanden van een facturatieperiode uit een back-up:
         facturen (concept), verbruiksoverzichten, bij een kwartaalafsluiting
         de abonnementscheck, en summary.json.

Opties bij elke opdracht:
  -h, --help   Toont de hulp bij de opdracht.

Zie docs/cli.md voor de uitleg, de exitcodes en het formaat van summary.json.
`

export const DEMO_HELP = `Gebruik: npm run cli -- demo --out BESTAND [--case design|stress] [--today JJJJ-MM-DD] [--force]

Schrijft de demogegevens als back-upbestand (JSON), dat de app kan terugzetten
en dat "run" leest.

Opties:
  --out BESTAND       Het back-upbestand dat wordt geschreven (verplicht).
  --case design       60 partners, 5.000 cliënten, 24 maanden verbruik (standaard).
  --case stress       500 partners, 100.000 cliënten, 24 maanden verbruik.
  --today DATUM       De dag waarop de gegevens "nu" zijn (standaard: vandaag).
  --force             Vervangt een bestaand bestand; zonder deze optie wordt
                      een bestaand bestand nooit overschreven.
`

export const RUN_HELP = `Gebruik: npm run cli -- run --backup BESTAND --period JJJJ-MM --out MAP [--today JJJJ-MM-DD] [--force]

Leest en controleert het back-upbestand en schrijft in MAP:
  - per partner met iets te factureren een factuur (concept; een al definitieve
    factuur van de periode wordt ongewijzigd opnieuw gemaakt),
  - per partner het verbruiksoverzicht en één intern overzicht van alle partners,
  - als de periode een kwartaal afsluit (03, 06, 09, 12): de abonnementscheck
    per partner en één overzicht,
  - summary.json met de totalen per partner en per cliënt.
Er wordt niets geschreven als een argument of het bestand niet klopt. Gaat het
schrijven halverwege mis of breekt u af met Ctrl-C, dan worden de bestanden
van deze run weer verwijderd.

Opties:
  --backup BESTAND    Het back-upbestand (verplicht).
  --period JJJJ-MM    De facturatieperiode, genoemd naar de maand waarin zij
                      eindigt (verplicht).
  --out MAP           De map voor de bestanden (verplicht); wordt gemaakt als
                      zij niet bestaat en moet anders leeg zijn.
  --today DATUM       Factuur- en aanmaakdatum (standaard: vandaag).
  --force             Schrijft ook in een map die niet leeg is; bestanden met
                      dezelfde naam worden vervangen.
`
