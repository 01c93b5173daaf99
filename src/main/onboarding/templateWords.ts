import type { ChoiceList, FieldFormat, ImportKind, Requirement } from '@shared/onboarding/fields'

/**
 * The Dutch words of the import templates. A template is a document the operator hands to a partner or
 * fills in itself, so like every workbook it stays Dutch whatever the UI language.
 */
export const SHEET_NAMES: Readonly<Record<ImportKind, string>> = { partners: 'Partners', clients: 'Cliënten', usage: 'Verbruik' }
export const EXPLANATION_SHEET = 'Toelichting'
export const EXPLANATION_HEADERS = ['Kolom', 'Verplicht', 'Formaat', 'Toegestane waarden en toelichting'] as const

export const TITLES: Readonly<Record<ImportKind, string>> = {
  partners: 'Importsjabloon partners',
  clients: 'Importsjabloon cliënten',
  usage: 'Importsjabloon verbruik',
}

export const INTRO: Readonly<Record<ImportKind, string>> = {
  partners:
    'Eén regel per partner. Regel 2 is een voorbeeld: overschrijf of verwijder die. Een partner met een korte code die al bestaat wordt bijgewerkt (als u daarvoor kiest); een nieuwe code wordt een nieuwe partner.',
  clients:
    'Eén regel per cliënt. Een abonnementsgeschiedenis mag over meerdere regels met dezelfde partner en hetzelfde cliëntnummer (Abonnement, Abonnement vanaf, Abonnement tot); de gegevens van de cliënt staan dan op de eerste regel. De perioden moeten op elkaar aansluiten, zonder overlap en zonder gat. Importeer eerst de partners.',
  usage: 'Eén regel per cliënt per facturatieperiode. Opnieuw inlezen van een periode vervangt het verbruik van die periode voor de cliënten in het bestand.',
}

export const REQUIREMENT_WORDS: Readonly<Record<Requirement, string>> = {
  yes: 'ja',
  ecd: 'afhankelijk van ECD-modus',
  lifecycle: 'afhankelijk van status',
  no: 'nee',
}

export const FORMAT_WORDS: Readonly<Record<FieldFormat, string>> = {
  text: 'tekst',
  code: 'hoofdletters en cijfers, 2 tot 10 tekens',
  date: 'datum: dd-mm-jjjj, jjjj-mm-dd of een Excel-datum',
  bsn: '9 cijfers (voorloopnullen blijven staan), moet de 11-proef doorstaan',
  email: 'e-mailadres',
  phone: 'telefoonnummer: cijfers, spaties, +, - en haakjes',
  postcode: '1234 AB',
  yesNo: 'ja of nee',
  choice: 'een waarde uit de keuzelijst',
  number: 'getal; decimaalkomma of decimaalpunt',
  period: 'facturatieperiode jjjj-mm (genoemd naar de maand waarin zij eindigt)',
}

export const CHOICE_NOTES: Readonly<Record<ChoiceList, string>> = {
  ecdMode:
    'partner = het ECD van de partner (de partner levert het cliëntnummer); eigen = het eigen ECD (nummer wordt toegekend, geboortedatum en BSN verplicht)',
  status: 'aangemeld, actief of afgemeld',
  representativeRole: 'wettelijk vertegenwoordiger, mentor, curator, ouder of gemachtigd contactpersoon',
  plan: 'de code of naam van een abonnementsvorm',
  yesNo: 'ja of nee',
}

/** Extra notes per column key, where the format alone does not say enough. */
export const FIELD_NOTES: Readonly<Record<string, string>> = {
  partner: 'Korte code of naam van een bestaande partner.',
  clientNumber: 'Verplicht bij ECD-modus partner; bij eigen leeg laten om een nummer te laten toekennen. Wordt overgenomen zoals het in het bestand staat.',
  birthDate: 'Verplicht bij ECD-modus eigen; leeg laten bij ECD-modus partner (wordt dan niet vastgelegd).',
  bsn: 'Verplicht bij ECD-modus eigen; leeg laten bij ECD-modus partner. Zet de kolom op tekst, zodat voorloopnullen blijven staan.',
  activationDate: 'Verplicht bij status actief en afgemeld; de facturering begint op deze datum.',
  plan: 'Het huidige abonnement, of bij een geschiedenis het abonnement van deze regel.',
  planFrom: 'Eerste gefactureerde dag van deze abonnementsperiode; leeg = de activeringsdatum (eerste regel) of het einde van de vorige regel.',
  planUntil: 'Eerste dag die niet meer op dit abonnement wordt gefactureerd; leeg = loopt door tot de volgende regel, de afmelding of nu.',
  intakeCompletedBeforeTransfer: 'ja = de intake is in het vorige systeem afgerond; de cliënt komt niet op de intakesignaallijsten.',
  deregistrationReceivedDate: 'Datum waarop de afmeldmail binnenkwam. Vul bij een afmelding alle drie de afmelddatums in.',
  deregistrationRequestedDate: 'De gevraagde einddatum uit de afmeldmail.',
  deregistrationEffectiveDate: 'Eerste dag die niet meer wordt gefactureerd, zoals het vorige systeem die vastlegde (historische afmelding).',
  shortCode: 'Uniek per partner, bijvoorbeeld ZGN.',
  kvkNumber: '8 cijfers; KvK-nummer of OIN is nodig voor een e-factuur.',
  oin: '20 cijfers (organisaties bij de overheid).',
  purchaseOrderReference: 'Inkoopordernummer of kenmerk dat de partner op de factuur wil zien; ten hoogste 100 tekens.',
  active: 'Leeg = ja.',
  period: 'Bijvoorbeeld 2026-11 = 26-10-2026 tot en met 25-11-2026.',
}

export const VALIDATION_ERROR_TITLE = 'Ongeldige waarde'
export const VALIDATION_ERROR = 'Kies een waarde uit de lijst.'
