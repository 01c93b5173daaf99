import type { DataProblemCode } from '../problems/data'

/** Dutch words for every problem of the data layer (vue-i18n message syntax: `{name}` is a parameter). */
export const dataNl: Record<DataProblemCode, string> = {
  invalid: 'De gegevens zijn niet compleet of niet juist.',
  usageNotImported: 'Het verbruik is niet ingelezen: {count} fout(en). Er is niets opgeslagen.',
  clientNotFound: 'Deze cliënt bestaat niet (meer).',
  partnerNotFound: 'Deze partner bestaat niet (meer).',
  planNotFound: 'Deze abonnementsvorm bestaat niet (meer).',
  clerkNotFound: 'Deze medewerker bestaat niet (meer).',
  invoiceNotFound: 'Deze factuur bestaat niet (meer).',
  changeRequestNotFound: 'Deze abonnementswijziging bestaat niet (meer).',
  deregistrationNotFound: 'Deze afmelding bestaat niet (meer).',
  deregistrationClientNotFound: 'De cliënt van deze afmelding bestaat niet (meer).',
  partnerHasClients: '{name} heeft nog cliënten en kan niet worden verwijderd. Zet de partner op niet actief.',
  partnerHasInvoices: '{name} heeft facturen en kan niet worden verwijderd. Zet de partner op niet actief.',
  planInUse: '{name} is in gebruik en kan niet worden verwijderd. Zet de abonnementsvorm op niet actief.',
  clientHasHistory: 'Cliënt {clientNumber} heeft abonnementsperiodes of verbruik en kan niet worden verwijderd. Meld de cliënt af.',
  duplicateKey: 'Dit record bestaat al (dubbele sleutel). Er is niets opgeslagen.',
  ruleRefused: 'Deze actie is niet toegestaan.',
  storageFull: 'Schijf vol: er is geen ruimte meer om gegevens op te slaan. Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
  unavailable: 'De database is niet beschikbaar. Herlaad het programma.',
  failed: 'Opslaan of lezen is mislukt: {detail}',
}
