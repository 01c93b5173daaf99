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
  /** The line it stands in (the same for every word of that line), shortened to about 200 characters. */
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
    const found = [...line.matchAll(DUTCH_ABBREVIATION), ...[...line.matchAll(WORD)].filter((match) => dutchReason(match[0]) !== null)]
    if (found.length === 0) continue
    const context = around(line, Math.min(...found.map((match) => match.index)))
    for (const match of found.sort((a, b) => a.index - b.index)) findings.push({ word: match[0], context })
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

function around(line: string, first: number): string {
  const start = Math.max(0, first - 40)
  const end = Math.min(line.length, start + 200)
  return `${start > 0 ? '…' : ''}${line.slice(start, end).replace(/\s+/g, ' ').trim()}${end < line.length ? '…' : ''}`
}

/**
 * Findings as readable lines, `[words] in: context`, one per line of text; lines that differ only in their
 * numbers (a table's rows) are shown once, with how often they occur. At most `limit` lines.
 */
export function describeFindings(findings: readonly DutchFinding[], limit = 25): string {
  const byShape = new Map<string, { context: string; words: Set<string>; times: number; contexts: Set<string> }>()
  for (const finding of findings) {
    const shape = finding.context.replace(/\d+/g, '#')
    const entry = byShape.get(shape) ?? { context: finding.context, words: new Set(), times: 0, contexts: new Set() }
    entry.words.add(finding.word)
    if (!entry.contexts.has(finding.context)) entry.times += 1
    entry.contexts.add(finding.context)
    byShape.set(shape, entry)
  }
  const lines = [...byShape.values()].map(({ context, words, times }) => `  [${[...words].join(', ')}] in: ${context}${times > 1 ? ` (${times}×)` : ''}`)
  return [...lines.slice(0, limit), ...(lines.length > limit ? [`  … and ${lines.length - limit} more lines`] : [])].join('\n')
}
