import type { DataProblemCode } from '../problems/data'

/** Dutch words for every problem of the data layer (vue-i18n message syntax: `{name}` is a parameter). */
export const dataNl: Record<DataProblemCode, string> = {
  invalid: 'De gegevens zijn niet compleet of niet juist. Controleer de gemarkeerde velden en probeer het opnieuw.',
  usageNotImported: 'Het verbruik is niet ingelezen: {count} fout(en). Er is niets opgeslagen. Verbeter de regels in het bestand en lees het opnieuw in.',
  clientNotFound: 'Deze cliënt bestaat niet (meer). Ga terug naar de lijst; misschien is die intussen verwijderd.',
  partnerNotFound: 'Deze partner bestaat niet (meer). Ga terug naar de lijst; misschien is die intussen verwijderd.',
  planNotFound: 'Deze abonnementsvorm bestaat niet (meer). Ga terug naar de lijst; misschien is die intussen verwijderd.',
  clerkNotFound: 'Deze medewerker bestaat niet (meer).',
  invoiceNotFound: 'Deze factuur bestaat niet (meer). Kies de periode opnieuw; misschien is die intussen verwijderd.',
  changeRequestNotFound: 'Deze abonnementswijziging bestaat niet (meer).',
  deregistrationNotFound: 'Deze afmelding bestaat niet (meer).',
  deregistrationClientNotFound: 'De cliënt van deze afmelding bestaat niet (meer).',
  partnerHasClients: '{name} heeft nog cliënten en kan niet worden verwijderd. Zet de partner op niet actief.',
  partnerHasInvoices: '{name} heeft facturen en kan niet worden verwijderd. Zet de partner op niet actief.',
  planInUse: '{name} is in gebruik en kan niet worden verwijderd. Zet de abonnementsvorm op niet actief.',
  clientHasHistory: 'Cliënt {clientNumber} heeft abonnementsperiodes of verbruik en kan niet worden verwijderd. Meld de cliënt af.',
  duplicateKey: 'Dit record bestaat al (dubbele sleutel). Er is niets opgeslagen. Zoek het bestaande record op en wijzig dat.',
  ruleRefused: 'Deze actie is niet toegestaan.',
  storageFull: 'Schijf vol: er is geen ruimte meer om gegevens op te slaan. Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
  unavailable: 'De database is niet beschikbaar. Herlaad het programma.',
  failed: 'Opslaan of lezen is mislukt: {detail} Probeer het opnieuw; blijft het misgaan, start het programma dan opnieuw.',
}
