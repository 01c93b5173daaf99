/**
 * Finds Dutch in text that should be English: the English UI's screens and the English words of every
 * error code. A word counts as Dutch when it is a frequent Dutch word that is not also an English word, when
 * it carries a Dutch diaeresis (cliënt, geïnstalleerd), when it has the Dutch "ij" (bij, lijst, tijd), or a
 * suffix English does not have (-lijk, -heid, -baar). Words that are both (in, is, over, per, we, die, of,
 * toe, mag, laden, map, week, status, partner, postcode, even) are left out on purpose: the detector must
 * never fail English.
 * Its own tests (test/unit/support/dutchText.test.ts) check that every English UI text passes and most
 * Dutch ones are caught.
 */

/** Frequent Dutch words that are not English words, lower case. */
const DUTCH_WORDS: ReadonlySet<string> = new Set(
  `
  de het een van niet geen voor wordt worden werd zijn bij naar ook nog kan kunnen kunt moet moeten deze dit dat
  wij u uw je jij ik hij zij ze hun ons onze mijn en met om op te als maar dan wel al uit tot heeft hebben heb
  zal zou zullen mogen waar wanneer omdat wat welke welk wie er hier daar nu meer minder alleen andere
  ander zonder tijdens vanaf aan door zo zoals iets niets alles elke iedere eerst eerste laatste
  nieuw nieuwe oude ja nee
  opslaan opgeslagen bewerken wijzigen gewijzigd verwijderen verwijderd annuleren geannuleerd toevoegen
  toegevoegd zoeken kies kiezen gekozen bestand bestanden datum maand maanden jaar jaren dag dagen werkdag
  werkdagen vandaag gisteren morgen uur minuten belminuten registratieminuten contacten bedrag totaal
  naam voornaam achternaam adres plaats woonplaats geboortedatum telefoon begeleider vertegenwoordiger
  wijziging wijzigingen overzicht ingangsdatum einddatum lopend lopende gepland plannen inplannen gesprek
  intakegesprek ontvangen ontvangst verstuurd verzonden bevestigen sluiten openen terug volgende vorige alle
  leeg beginnen welkom geladen bezig fout fouten melding meldingen waarschuwing controleer controle
  gecontroleerd goedgekeurd afgekeurd dubbele getal negatief toekomst ligt valt buiten binnen boven onder
  afwijkend kort waarvan vervangen vervangt bestaand bestaande onvolledig definitief gecrediteerd crediteren
  definitieve opnieuw schrijven geschreven hoofdmenu medewerker gegevens demogegevens cliënt cliënten abonnement
  abonnementen abonnementsvorm abonnementsvormen periode periodes factuur facturen facturatie conceptfactuur
  conceptfacturen creditnota regel regels verbruik inlezen ingelezen instellingen werklijst werklijsten
  aanmelding aanmeldingen aanmelden aangemeld afmelding afmeldingen afmelden afgemeld actief inactief
  verplicht ongeldig ongeldige onbekend onbekende gemaakt aangemaakt opmerking opmerkingen reden kwartaal
  mislukt gelukt lukt klaar gereed wachten bewaard bewaren geactiveerd activeren verwerkt verwerken akkoord
  aanvraag aanvragen goedkeuring ingevuld invullen veld velden waarde waarden bestaat ontbreekt ontbreken
  gevonden inhoud leesbare geldig geldige kopregel geteld gekoppeld koppelen rij rijen stuk kolom kolommen
  januari februari maart mei juni juli augustus oktober maandag dinsdag woensdag donderdag vrijdag zaterdag
  zondag jjjj uiterlijk werkdagen gebruik gebruiken gebruikt beheer verstuur stuur sturen versturen
  verwacht verwachte tussen sinds binnenkort verlopen vervalt bijgewerkt toont tonen weergeven zie
  btw laten verwerking ingegaan gevraagd overige tolerantie startdag maandtarief
  `
    .split(/\s+/)
    .filter((word) => /^\p{L}+$/u.test(word)),
)

/** Dutch suffixes that no English word has (the word must be longer than the suffix by at least 3 letters). */
const DUTCH_SUFFIX = /^\p{L}{3,}(lijk|lijke|lijks|heid|heden|baar|bare)$/u

/** Stems of Dutch compounds (abonnementsperiodes, cliëntnummer, verbruiksbundel), anywhere in a word. */
const DUTCH_STEM = /abonnement|factuur|facturen|facturatie|verbruik|aanmeld|afmeld|gegevens|instelling|periode|nummer|datum/u

/** Dutch abbreviations, matched in the text as written. */
const DUTCH_ABBREVIATION = /(?<![\p{L}.])(?:t\/m|o\.a\.|bijv\.|i\.p\.v\.|z\.s\.m\.|m\.b\.t\.)(?![\p{L}])/giu

/** English words with "ij" (none in everyday use besides these). */
const ENGLISH_IJ: ReadonlySet<string> = new Set(['hijack', 'hijacked', 'fiji'])

/**
 * Dutch proper names the English UI may show as they are. Keep this short: data values are cut out by the
 * caller, not listed here.
 */
const PROPER_NAMES: readonly string[] = [
  // The Dutch law that names the public holidays; the English text names it as a law, untranslated.
  'Algemene termijnenwet',
]

export interface DutchFinding {
  /** The Dutch word, as written. */
  word: string
  /** The line it stands in, shortened to about 160 characters around it. */
  context: string
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu

/** Why `word` counts as Dutch, or null. */
export function dutchReason(word: string): string | null {
  const lower = word.toLocaleLowerCase('nl')
  if (DUTCH_WORDS.has(lower)) return 'Dutch word'
  if (/[ëï]/u.test(lower)) return 'Dutch diaeresis'
  if (lower.includes('ij') && !ENGLISH_IJ.has(lower)) return 'Dutch "ij"'
  if (DUTCH_SUFFIX.test(lower)) return 'Dutch suffix'
  if (DUTCH_STEM.test(lower)) return 'Dutch compound'
  return null
}

/**
 * The Dutch words in `text`, in order. `ignore` lists texts that may be Dutch because they are data (a
 * client's name, a plan's name, the organisation's address): they are cut out before the scan, longest first.
 */
export function findDutch(text: string, ignore: Iterable<string> = []): DutchFinding[] {
  const cleaned = withoutData(text, [...PROPER_NAMES, ...ignore])
  const findings: DutchFinding[] = []
  for (const line of cleaned.split(/\n/)) {
    for (const match of line.matchAll(DUTCH_ABBREVIATION)) findings.push({ word: match[0], context: around(line, match.index) })
    for (const match of line.matchAll(WORD)) {
      if (dutchReason(match[0]) === null) continue
      findings.push({ word: match[0], context: around(line, match.index) })
    }
  }
  return findings
}

/** `text` with each of `values` replaced by a separator, longest first (so "Zorggroep Noord" goes before "Noord"). */
export function withoutData(text: string, values: Iterable<string>): string {
  const sorted = [...new Set(values)].filter((value) => value.trim().length > 0).sort((a, b) => b.length - a.length)
  let out = text
  for (const value of sorted) if (out.includes(value)) out = out.split(value).join(' ¦ ')
  return out
}

function around(line: string, index: number): string {
  const start = Math.max(0, index - 80)
  const end = Math.min(line.length, index + 80)
  return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`
}

/** Findings as readable lines: `"word" in: context`, one per distinct context. */
export function describeFindings(findings: readonly DutchFinding[]): string {
  const byContext = new Map<string, Set<string>>()
  for (const finding of findings) byContext.set(finding.context, (byContext.get(finding.context) ?? new Set()).add(finding.word))
  return [...byContext].map(([context, words]) => `  [${[...words].join(', ')}] in: ${context}`).join('\n')
}
