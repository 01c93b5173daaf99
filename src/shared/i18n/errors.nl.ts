import type { AppErrorCode } from '../problems/appErrors'

/** Dutch words for every error of the main process (vue-i18n message syntax: `{name}` is a parameter). */
export const errorsNl: Record<AppErrorCode, string> = {
  'unknown-channel': 'Onbekende opdracht; deze is niet uitgevoerd.',
  'untrusted-sender': 'Opdracht geweigerd: ze komt niet uit het venster van de toepassing.',
  'invalid-input': 'Ongeldige gegevens bij {field}: {issue}.',
  'invalid-input-value': 'Ongeldige gegevens: {issue}.',
  'too-many-arguments': 'Ongeldige gegevens: deze opdracht krijgt hooguit één argument.',
  'invalid-output': 'De toepassing gaf een onverwacht antwoord; de opdracht is niet afgerond.',
  'internal-error': 'Er ging onverwacht iets mis. Probeer het opnieuw; blijft het misgaan, start de toepassing dan opnieuw.',
  'no-bridge': 'De koppeling met de toepassing ontbreekt: open het programma via Cliëntadministratie 24x7, niet in een browser.',
  cancelled: 'Geannuleerd; er is geen bestand opgeslagen.',
  'job-unknown': 'Deze opdracht is onbekend of al afgerond. Kijk in de map wat er al is geschreven en start de opdracht zo nodig opnieuw.',
  'write-unexpected': 'Het schrijven van de bestanden is mislukt door een onverwachte fout. Probeer het opnieuw; blijft het misgaan, kies dan een andere map.',
  'file-busy':
    '"{file}" kan niet worden opgeslagen: het bestand is geopend in een ander programma (bijvoorbeeld Excel) of u heeft geen schrijfrechten in deze map. Sluit het bestand en probeer het opnieuw. Het bestaande bestand is niet gewijzigd.',
  'disk-full': '"{file}" kan niet worden opgeslagen: de schijf is vol. Er is niets gewijzigd. Maak ruimte vrij of kies een andere map en probeer het opnieuw.',
  'save-folder-not-found': '"{file}" kan niet worden opgeslagen: de map bestaat niet (meer). Kies een andere map en probeer het opnieuw.',
  'save-read-only': '"{file}" kan niet worden opgeslagen: de map is alleen-lezen. Kies een map waarin u mag schrijven en probeer het opnieuw.',
  'save-path-too-long':
    '"{file}" kan niet worden opgeslagen: het pad is te lang. Kies een map dichter bij het begin van de schijf (bijvoorbeeld Documenten) en probeer het opnieuw.',
  'save-failed': '"{file}" kan niet worden opgeslagen ({errno}). Er is niets gewijzigd. Probeer het opnieuw of kies een andere map.',
  'save-failed-unexpected': '"{file}" kan niet worden opgeslagen door een onverwachte fout. Er is niets gewijzigd. Probeer het opnieuw of kies een andere map.',
  'disk-full-some-replaced': '"{file}" kan niet worden opgeslagen: de schijf is vol. Daarvóór waren al bestaande bestanden vervangen ({count}): {files}.',
  'save-failed-some-replaced': '"{file}" kan niet worden opgeslagen ({errno}). Daarvóór waren al bestaande bestanden vervangen ({count}): {files}.',
  'save-failed-unexpected-some-replaced':
    '"{file}" kan niet worden opgeslagen door een onverwachte fout. Daarvóór waren al bestaande bestanden vervangen ({count}): {files}.',
  'disk-full-some-saved':
    '"{file}" kan niet worden opgeslagen: de schijf is vol. Daarvóór waren al bestanden opgeslagen ({count}); die blijven staan: {files}.',
  'save-failed-some-saved': '"{file}" kan niet worden opgeslagen ({errno}). Daarvóór waren al bestanden opgeslagen ({count}); die blijven staan: {files}.',
  'save-failed-unexpected-some-saved':
    '"{file}" kan niet worden opgeslagen door een onverwachte fout. Daarvóór waren al bestanden opgeslagen ({count}); die blijven staan: {files}.',
  'some-saved': 'Daarvóór waren al bestanden opgeslagen ({count}); die blijven staan: {files}.',
  'no-free-name': 'Geen vrije bestandsnaam gevonden voor "{file}". Ruim oude versies in de map op of kies een andere map.',
  'file-not-found': '"{file}" bestaat niet (meer). Kies het bestand opnieuw.',
  'read-access-denied': '"{file}" kan niet worden gelezen: geen leesrechten of het bestand is in gebruik. Sluit het in Excel en probeer het opnieuw.',
  'read-is-folder': '"{file}" is een map, geen bestand. Kies een bestand in die map.',
  'not-a-file': '"{file}" is geen bestand. Kies een gewoon bestand.',
  'read-failed': '"{file}" kan niet worden gelezen ({errno}). Sluit het bestand in andere programma\'s en probeer het opnieuw.',
  'read-failed-unexpected':
    '"{file}" kan niet worden gelezen door een onverwachte fout. Probeer het opnieuw; lukt het niet, kopieer het bestand dan naar uw computer.',
  'backup-too-large': '"{file}" is te groot voor een back-up (meer dan {maxMb} MB). Kies het back-upbestand dat het programma zelf heeft gemaakt.',
  'backup-not-json':
    '"{file}" is geen geldig back-upbestand: de inhoud is geen leesbare JSON. Kies een back-upbestand (.json) dat het programma heeft gemaakt.',
  'backup-invalid': '"{file}" wordt niet als back-up gelezen. {details}',
  'backup-folder-not-found': 'De back-upmap "{folder}" bestaat niet (meer). Kies in Instellingen een andere map.',
  'table-xls': '"{file}" is geen .xlsx- of .csv-bestand. Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV.',
  'table-wrong-type': '"{file}" is geen .xlsx- of .csv-bestand. Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV.',
  'table-too-large': '"{file}" is te groot ({sizeMb} MB) voor een verbruiksbestand. Verdeel het verbruik over kleinere bestanden, bijvoorbeeld per partner.',
  'table-xlsx-unreadable': '"{file}" kan niet worden gelezen als Excel-werkmap (.xlsx). Is het bestand beschadigd of met een wachtwoord beveiligd?',
  'table-xlsx-too-many-parts':
    '"{file}" bestaat uit meer dan {limit} onderdelen en is geen gewone Excel-werkmap. Sla het verbruik opnieuw op als .xlsx of als CSV.',
  'table-xlsx-too-large-unpacked': '"{file}" wordt uitgepakt groter dan {limitMb} MB en is te groot voor een verbruiksbestand. Is het bestand beschadigd?',
  'table-too-many-rows': '"{file}" heeft meer dan {limit} regels; dat is te veel voor een verbruiksbestand. Verdeel het verbruik over kleinere bestanden.',
  'table-too-many-columns': '"{file}" heeft een regel met meer dan {limit} kolommen; dat is geen verbruiksbestand. Controleer of u het juiste bestand koos.',
  'table-csv-unreadable': '"{file}" is geen leesbaar tekstbestand (CSV). Sla het verbruik in Excel op als CSV of als Excel-werkmap (.xlsx).',
  'table-read-stalled': 'Het lezen van "{file}" kwam {seconds} seconden niet verder en is gestopt. Sla het bestand in Excel opnieuw op en kies het nog eens.',
  'folder-not-found': 'De map "{folder}" bestaat niet (meer). Kies een andere map.',
  'backup-folder-not-chosen': 'Er is nog geen map voor automatische back-ups gekozen (Back-up → Map kiezen).',
  'backup-passphrase-wrong': 'Het wachtwoord past niet bij "{file}", of het bestand is na het opslaan veranderd. Er is niets teruggezet.',
  'backup-encrypted-damaged': '"{file}" is een versleutelde back-up, maar het begin van het bestand is beschadigd. Kies een andere (oudere) back-up.',
  'backup-passphrase-needed': 'Back-ups worden versleuteld, maar het wachtwoord is in deze sessie nog niet ingevoerd (Back-up → Versleuteling).',
  'backup-passphrase-too-short': 'Het wachtwoord moet minstens {min} tekens hebben.',
  'backup-no-file-chosen': 'Kies eerst een back-upbestand.',
  'folder-not-chosen': 'Kies eerst een map om de bestanden in op te slaan.',
  'report-folder-not-found': 'De map "{folder}" bestaat niet (meer). Kies een andere map.',
  'open-failed': 'De map kon niet worden geopend: {reason}',
  'invoice-without-lines': 'De factuur van {partner} over {period} heeft geen cliëntregels en wordt niet gemaakt.',
  'invoice-inconsistent': 'De factuur van {partner} over {period} kan niet worden gemaakt: de bedragen kloppen niet met de cliëntregels.',
  // Invoice documents
  'payment-qr-operator':
    'De betaal-QR-code op de factuur van {partner} kan niet worden gemaakt: controleer de naam en het IBAN van de organisatie in Instellingen.',
  'logo-not-image': '"{file}" is geen PNG- of JPEG-afbeelding. Kies een logo in PNG of JPEG.',
  'logo-too-large': '"{file}" is groter dan {maxKb} kB. Kies een kleinere afbeelding als logo.',
  'logo-dimensions':
    'De afmetingen van "{file}" zijn niet te lezen of onwaarschijnlijk groot; het bestand is mogelijk beschadigd. Sla het logo opnieuw op als PNG of JPEG en kies het nog eens.',
  'logo-unreadable': '"{file}" kan niet worden gelezen. Sluit het in andere programma\'s of kies een andere afbeelding.',
  'drafts-folder-unknown':
    'Er zijn sinds het starten van het programma nog geen e-mailconcepten van periode {period} geschreven. Schrijf de definitieve facturen (opnieuw) om ze te maken.',
}
