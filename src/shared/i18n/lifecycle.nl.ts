import type { LifecycleCode } from '../problems/lifecycle'

/** Dutch words for every lifecycle problem (vue-i18n message syntax: `{name}` is a parameter). */
export const lifecycleNl: Record<LifecycleCode, string> = {
  'datum-in-toekomst': 'Deze datum ligt in de toekomst (vandaag is {today}).',
  'formulier-voor-aanmelding': 'Ontvangen vóór de aanmelding ({date}).',
  'dossier-zonder-formulier': 'Het dossier wordt geopend nadat het intakeformulier is ontvangen.',
  'voor-formulier': 'Ligt vóór de ontvangst van het intakeformulier ({date}).',
  'geen-intakegesprek': 'Bij deze abonnementsvorm hoort geen intakegesprek.',
  'kies-dag-en-tijd': 'Kies een dag en een tijd.',
  'gesprek-zonder-formulier': 'Het intakegesprek wordt gepland nadat het intakeformulier is ontvangen.',
  'gesprek-niet-gepland': 'Plan het intakegesprek eerst.',
  'afmelding-per-ontvangst':
    'De gevraagde afmelddatum {requested} ligt vóór de facturatieperiode {period} ({from} t/m {last}) die liep toen de afmelding op ' +
    '{received} binnenkwam. Afmeldingen gaan niet met terugwerkende kracht in; de afmelding gaat daarom in per de datum van ontvangst, {received}.',
  'andere-client': 'Periode {from} – {until} hoort bij een andere cliënt.',
  'ongeldige-periode': 'Periode {from} – {until} eindigt niet na het begin.',
  overlap: 'Periodes {from} – {until} en {otherFrom} – {otherUntil} overlappen.',
  gat: 'Tussen {from} en {until} is geen abonnement.',
  'actief-zonder-abonnement': 'Geactiveerd op {date} maar zonder abonnementsperiode.',
  'geen-activatiedatum': 'Er zijn abonnementsperiodes maar de cliënt is niet geactiveerd.',
  'begin-niet-op-activatie': 'Eerste periode begint op {from}, activatie was op {activation}.',
  'einde-niet-op-afmelding': 'Abonnement eindigt op {until}, afmelding gaat in op {effective}.',
  'beeindigd-zonder-afmelding': 'Abonnement eindigt op {until} zonder verwerkte afmelding.',
  'eerdere-aanmelding-loopt': 'Een eerdere aanmelding loopt nog terwijl de cliënt opnieuw is aangemeld.',
  'eerdere-aanmelding-loopt-door': 'Een eerdere aanmelding loopt door na de activatie van {date}.',
}
