import { headerKey } from '../import/table'

/** What an import file brings in (spec "Data in and out"): partners first, then clients, then usage. */
export const IMPORT_KINDS = ['partners', 'clients', 'usage'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/**
 * `yes`: every row needs it. `ecd`: needed where the partner's ECD mode asks for it (client number for
 * `partner`, birth date and BSN for `eigen`). `lifecycle`: needed by some statuses (activation date when
 * `actief` or `afgemeld`). `no`: optional.
 */
export type Requirement = 'yes' | 'ecd' | 'lifecycle' | 'no'

/** How a column's cells are read. */
export type FieldFormat = 'text' | 'code' | 'date' | 'bsn' | 'email' | 'phone' | 'postcode' | 'yesNo' | 'choice' | 'number' | 'period'

/** Which list of allowed values a `choice` column takes (the template turns it into an Excel drop-down). */
export type ChoiceList = 'ecdMode' | 'status' | 'representativeRole' | 'plan' | 'yesNo'

export interface ImportField<K extends string = string> {
  readonly key: K
  /** The Dutch header the template writes; also recognised when reading. */
  readonly header: string
  /** English name, also recognised when reading. */
  readonly english: string
  /** More header texts recognised (as the clerk or another system writes them). */
  readonly synonyms: readonly string[]
  readonly required: Requirement
  readonly format: FieldFormat
  readonly choices?: ChoiceList
  /** The template's example row. */
  readonly example: string | number
}

export const PARTNER_FIELDS = [
  {
    key: 'name',
    header: 'Naam',
    english: 'Name',
    synonyms: ['partnernaam', 'naampartner', 'organisatie', 'zorgorganisatie', 'partnername'],
    required: 'yes',
    format: 'text',
    example: 'Zorggroep Noord',
  },
  {
    key: 'shortCode',
    header: 'Korte code',
    english: 'Short code',
    synonyms: ['code', 'partnercode', 'afkorting', 'kortcode', 'shortcode'],
    required: 'yes',
    format: 'code',
    example: 'ZGN',
  },
  {
    key: 'ecdMode',
    header: 'ECD-modus',
    english: 'ECD mode',
    synonyms: ['ecd', 'ecdmodus', 'modus', 'ecdmode'],
    required: 'yes',
    format: 'choice',
    choices: 'ecdMode',
    example: 'partner',
  },
  {
    key: 'street',
    header: 'Factuuradres',
    english: 'Invoice address',
    synonyms: ['adres', 'straat', 'straatenhuisnummer', 'factuurstraat', 'address', 'street', 'invoicestreet'],
    required: 'yes',
    format: 'text',
    example: 'Hoofdstraat 12',
  },
  {
    key: 'postcode',
    header: 'Postcode',
    english: 'Postcode',
    synonyms: ['factuurpostcode', 'postalcode', 'zipcode', 'zip'],
    required: 'yes',
    format: 'postcode',
    example: '9711 AB',
  },
  {
    key: 'city',
    header: 'Plaats',
    english: 'City',
    synonyms: ['woonplaats', 'vestigingsplaats', 'factuurplaats', 'stad', 'town'],
    required: 'yes',
    format: 'text',
    example: 'Groningen',
  },
  {
    key: 'invoiceEmail',
    header: 'Factuur e-mail',
    english: 'Invoice e-mail',
    synonyms: ['factuuremailadres', 'emailfactuur', 'email', 'emailadres', 'invoiceemailaddress'],
    required: 'yes',
    format: 'email',
    example: 'facturen@zorggroepnoord.nl',
  },
  {
    key: 'debtorReference',
    header: 'Debiteurnummer',
    english: 'Debtor reference',
    synonyms: ['debiteur', 'debiteurreferentie', 'debiteurcode', 'debtornumber'],
    required: 'no',
    format: 'text',
    example: 'D-1001',
  },
  {
    key: 'kvkNumber',
    header: 'KvK-nummer',
    english: 'KvK number',
    synonyms: ['kvk', 'kamervankoophandel', 'chamberofcommerce', 'cocnumber'],
    required: 'no',
    format: 'text',
    example: '12345678',
  },
  { key: 'oin', header: 'OIN', english: 'OIN', synonyms: ['organisatieidentificatienummer'], required: 'no', format: 'text', example: '' },
  {
    key: 'purchaseOrderReference',
    header: 'Uw kenmerk',
    english: 'Purchase-order reference',
    synonyms: ['kenmerk', 'inkoopordernummer', 'ordernummer', 'inkoopnummer', 'ponumber', 'purchaseorder', 'yourreference'],
    required: 'no',
    format: 'text',
    example: 'PO-2026-17',
  },
  {
    key: 'contactName',
    header: 'Contactpersoon',
    english: 'Contact person',
    synonyms: ['naamcontactpersoon', 'contact', 'contactname'],
    required: 'no',
    format: 'text',
    example: 'Anna de Vries',
  },
  {
    key: 'contactRole',
    header: 'Functie contactpersoon',
    english: 'Contact role',
    synonyms: ['rolcontactpersoon', 'functie', 'contactpersoonfunctie'],
    required: 'no',
    format: 'text',
    example: 'Teamleider',
  },
  {
    key: 'contactEmail',
    header: 'E-mail contactpersoon',
    english: 'Contact e-mail',
    synonyms: ['emailcontact', 'contactpersoonemail', 'contactemailaddress'],
    required: 'no',
    format: 'email',
    example: 'a.devries@zorggroepnoord.nl',
  },
  {
    key: 'contactPhone',
    header: 'Telefoon contactpersoon',
    english: 'Contact phone',
    synonyms: ['telefooncontact', 'contactpersoontelefoon', 'contacttelephone'],
    required: 'no',
    format: 'phone',
    example: '050 123 45 67',
  },
  {
    key: 'active',
    header: 'Actief',
    english: 'Active',
    synonyms: ['actieveparter', 'isactive'],
    required: 'no',
    format: 'yesNo',
    choices: 'yesNo',
    example: 'ja',
  },
  {
    key: 'notes',
    header: 'Notities',
    english: 'Notes',
    synonyms: ['opmerkingen', 'opmerking', 'toelichting', 'remarks'],
    required: 'no',
    format: 'text',
    example: '',
  },
] as const satisfies readonly ImportField[]
export type PartnerFieldKey = (typeof PARTNER_FIELDS)[number]['key']

export const CLIENT_FIELDS = [
  {
    key: 'partner',
    header: 'Partner',
    english: 'Partner',
    synonyms: ['partnercode', 'kortecode', 'partnernaam', 'aangeslotenpartner', 'organisatie', 'zorgorganisatie'],
    required: 'yes',
    format: 'text',
    example: 'ZGN',
  },
  {
    key: 'clientNumber',
    header: 'Cliëntnummer',
    english: 'Client number',
    synonyms: ['clientnr', 'client', 'clientid', 'clientcode', 'cliennummer', 'klantnummer', 'klantnr', 'dossiernummer', 'clientno'],
    required: 'ecd',
    format: 'text',
    example: '100234',
  },
  {
    key: 'firstName',
    header: 'Voornaam',
    english: 'First name',
    synonyms: ['roepnaam', 'voornamen', 'givenname', 'firstnames'],
    required: 'yes',
    format: 'text',
    example: 'Jan',
  },
  {
    key: 'lastName',
    header: 'Achternaam',
    english: 'Last name',
    synonyms: ['naam', 'familienaam', 'geslachtsnaam', 'surname', 'familyname'],
    required: 'yes',
    format: 'text',
    example: 'Jansen',
  },
  {
    key: 'birthDate',
    header: 'Geboortedatum',
    english: 'Birth date',
    synonyms: ['geboren', 'gebdatum', 'dateofbirth', 'birthday'],
    required: 'ecd',
    format: 'date',
    example: '',
  },
  {
    key: 'bsn',
    header: 'BSN',
    english: 'BSN',
    synonyms: ['burgerservicenummer', 'sofinummer', 'citizenservicenumber'],
    required: 'ecd',
    format: 'bsn',
    example: '',
  },
  {
    key: 'begeleiderName',
    header: 'Begeleider',
    english: 'Support worker',
    synonyms: ['naambegeleider', 'persoonlijkbegeleider', 'begeleidernaam', 'supportworkername', 'begeleidername'],
    required: 'no',
    format: 'text',
    example: 'Petra Bakker',
  },
  {
    key: 'begeleiderEmail',
    header: 'E-mail begeleider',
    english: 'Support worker e-mail',
    synonyms: ['begeleideremail', 'emailbegeleider'],
    required: 'no',
    format: 'email',
    example: 'p.bakker@zorggroepnoord.nl',
  },
  {
    key: 'begeleiderPhone',
    header: 'Telefoon begeleider',
    english: 'Support worker phone',
    synonyms: ['begeleidertelefoon', 'telefoonbegeleider'],
    required: 'no',
    format: 'phone',
    example: '06 12345678',
  },
  {
    key: 'representativeName',
    header: 'Vertegenwoordiger',
    english: 'Representative',
    synonyms: ['naamvertegenwoordiger', 'vertegenwoordigernaam', 'representativename'],
    required: 'no',
    format: 'text',
    example: 'Karin Jansen',
  },
  {
    key: 'representativeRole',
    header: 'Rol vertegenwoordiger',
    english: 'Representative role',
    synonyms: ['vertegenwoordigerrol', 'rol', 'representativerole'],
    required: 'no',
    format: 'choice',
    choices: 'representativeRole',
    example: 'mentor',
  },
  {
    key: 'representativeEmail',
    header: 'E-mail vertegenwoordiger',
    english: 'Representative e-mail',
    synonyms: ['vertegenwoordigeremail'],
    required: 'no',
    format: 'email',
    example: '',
  },
  {
    key: 'representativePhone',
    header: 'Telefoon vertegenwoordiger',
    english: 'Representative phone',
    synonyms: ['vertegenwoordigertelefoon'],
    required: 'no',
    format: 'phone',
    example: '',
  },
  {
    key: 'status',
    header: 'Status',
    english: 'Status',
    synonyms: ['clientstatus', 'state'],
    required: 'yes',
    format: 'choice',
    choices: 'status',
    example: 'actief',
  },
  {
    key: 'registrationDate',
    header: 'Aanmelddatum',
    english: 'Registration date',
    synonyms: ['aanmelding', 'datumaanmelding', 'aangemeldop', 'registrationreceived', 'registrationreceiveddate'],
    required: 'yes',
    format: 'date',
    example: '02-02-2026',
  },
  {
    key: 'activationDate',
    header: 'Activeringsdatum',
    english: 'Activation date',
    synonyms: ['activatiedatum', 'startdatum', 'ingangsdatum', 'datumactivering', 'geactiveerdop', 'startdate'],
    required: 'lifecycle',
    format: 'date',
    example: '09-02-2026',
  },
  {
    key: 'plan',
    header: 'Abonnement',
    english: 'Plan',
    synonyms: ['abonnementsvorm', 'abonnementscode', 'plancode', 'pakket', 'subscription'],
    required: 'yes',
    format: 'choice',
    choices: 'plan',
    example: 'BASIS',
  },
  {
    key: 'planFrom',
    header: 'Abonnement vanaf',
    english: 'Plan from',
    synonyms: ['vanaf', 'abonnementvan', 'abonnementstart', 'planstart', 'from'],
    required: 'no',
    format: 'date',
    example: '09-02-2026',
  },
  {
    key: 'planUntil',
    header: 'Abonnement tot',
    english: 'Plan until',
    synonyms: ['tot', 'abonnementeinde', 'abonnementtotmet', 'planend', 'until'],
    required: 'no',
    format: 'date',
    example: '',
  },
  {
    key: 'intakeFormSentDate',
    header: 'Intakeformulier verstuurd',
    english: 'Intake form sent',
    synonyms: ['inlogverstuurd', 'intakeverstuurd', 'intakeformsentdate'],
    required: 'no',
    format: 'date',
    example: '09-02-2026',
  },
  {
    key: 'intakeFormReceivedDate',
    header: 'Intakeformulier ontvangen',
    english: 'Intake form received',
    synonyms: ['intakeontvangen', 'intakeformreceiveddate'],
    required: 'no',
    format: 'date',
    example: '16-02-2026',
  },
  {
    key: 'dossierOpenedDate',
    header: 'Dossier geopend',
    english: 'Dossier opened',
    synonyms: ['dossieraangemaakt', 'dossieropeneddate'],
    required: 'no',
    format: 'date',
    example: '17-02-2026',
  },
  {
    key: 'intakeConversationHeldDate',
    header: 'Intakegesprek gehouden',
    english: 'Intake conversation held',
    synonyms: ['intakegesprek', 'intakeconversationheld'],
    required: 'no',
    format: 'date',
    example: '',
  },
  {
    key: 'intakeCompletedBeforeTransfer',
    header: 'Intake afgerond vóór overstap',
    english: 'Intake completed before transfer',
    synonyms: ['intakeafgerond', 'intakevooroverstap', 'intakecompleted'],
    required: 'no',
    format: 'yesNo',
    choices: 'yesNo',
    example: 'nee',
  },
  {
    key: 'deregistrationReceivedDate',
    header: 'Afmelding ontvangen',
    english: 'Deregistration received',
    synonyms: ['afmeldingontvangenop', 'datumafmeldingontvangen', 'deregistrationreceiveddate'],
    required: 'no',
    format: 'date',
    example: '',
  },
  {
    key: 'deregistrationRequestedDate',
    header: 'Afmelddatum',
    english: 'Requested end date',
    synonyms: ['gevraagdeafmelddatum', 'afmelddatumgevraagd', 'deregistrationrequesteddate'],
    required: 'no',
    format: 'date',
    example: '',
  },
  {
    key: 'deregistrationEffectiveDate',
    header: 'Afmelding per',
    english: 'Deregistration effective',
    synonyms: ['einddatum', 'afmeldingingangsdatum', 'uitschrijfdatum', 'deregistrationeffectivedate', 'enddate'],
    required: 'no',
    format: 'date',
    example: '',
  },
  {
    key: 'notes',
    header: 'Notities',
    english: 'Notes',
    synonyms: ['opmerkingen', 'opmerking', 'toelichting', 'remarks'],
    required: 'no',
    format: 'text',
    example: '',
  },
] as const satisfies readonly ImportField[]
export type ClientFieldKey = (typeof CLIENT_FIELDS)[number]['key']

/** The usage template's columns (one row per client per period), read by the existing usage import. */
export const USAGE_TEMPLATE_FIELDS = [
  { key: 'clientNumber', header: 'Cliëntnummer', english: 'Client number', synonyms: [], required: 'yes', format: 'text', example: '100234' },
  { key: 'partner', header: 'Partner', english: 'Partner', synonyms: [], required: 'no', format: 'text', example: 'ZGN' },
  { key: 'period', header: 'Periode', english: 'Period', synonyms: [], required: 'yes', format: 'period', example: '2026-11' },
  { key: 'callMinutes', header: 'Belminuten', english: 'Call minutes', synonyms: [], required: 'yes', format: 'number', example: 42.5 },
  { key: 'registrationMinutes', header: 'Registratieminuten', english: 'Registration minutes', synonyms: [], required: 'yes', format: 'number', example: 12 },
  { key: 'contacts', header: 'Contacten', english: 'Contacts', synonyms: [], required: 'yes', format: 'number', example: 7 },
] as const satisfies readonly ImportField[]

export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return kind === 'partners' ? PARTNER_FIELDS : kind === 'clients' ? CLIENT_FIELDS : USAGE_TEMPLATE_FIELDS
}

/** Every header key (as `headerKey`) a field is recognised by: its Dutch header, English name and synonyms. */
export function keysOf(field: ImportField): string[] {
  return [...new Set([field.header, field.english, ...field.synonyms].map(headerKey))]
}

/** Allowed values of the fixed choice lists; plan codes come from the plan catalogue. */
export const FIXED_CHOICES = {
  ecdMode: ['partner', 'eigen'],
  status: ['aangemeld', 'actief', 'afgemeld'],
  representativeRole: ['wettelijk vertegenwoordiger', 'mentor', 'curator', 'ouder', 'gemachtigd contactpersoon'],
  yesNo: ['ja', 'nee'],
} as const satisfies Record<Exclude<ChoiceList, 'plan'>, readonly string[]>
