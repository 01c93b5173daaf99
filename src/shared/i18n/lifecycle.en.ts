import type { LifecycleCode } from '../problems/lifecycle'

/** English words for every lifecycle problem (vue-i18n message syntax: `{name}` is a parameter). */
export const lifecycleEn: Record<LifecycleCode, string> = {
  'datum-in-toekomst': 'This date lies in the future (today is {today}).',
  'formulier-voor-aanmelding': 'Received before the registration ({date}).',
  'dossier-zonder-formulier': 'The file is opened after the intake form has been received.',
  'voor-formulier': 'Lies before the intake form was received ({date}).',
  'geen-intakegesprek': 'This plan has no intake conversation.',
  'kies-dag-en-tijd': 'Choose a day and a time.',
  'gesprek-zonder-formulier': 'The intake conversation is planned after the intake form has been received.',
  'gesprek-niet-gepland': 'Plan the intake conversation first.',
  'afmelding-per-ontvangst':
    'The requested deregistration date {requested} lies before billing period {period} ({from} to {last}), which was running when the ' +
    'deregistration arrived on {received}. Deregistrations do not take effect retroactively; the deregistration therefore takes effect on the date of receipt, {received}.',
  'andere-client': 'Period {from} – {until} belongs to another client.',
  'ongeldige-periode': 'Period {from} – {until} does not end after it starts.',
  overlap: 'Periods {from} – {until} and {otherFrom} – {otherUntil} overlap.',
  gat: 'Between {from} and {until} there is no subscription.',
  'actief-zonder-abonnement': 'Activated on {date} but without a subscription period.',
  'geen-activatiedatum': 'There are subscription periods but the client has not been activated.',
  'begin-niet-op-activatie': 'The first period starts on {from}, activation was on {activation}.',
  'einde-niet-op-afmelding': 'The subscription ends on {until}, the deregistration takes effect on {effective}.',
  'beeindigd-zonder-afmelding': 'The subscription ends on {until} without a processed deregistration.',
  'eerdere-aanmelding-loopt': 'An earlier registration is still running while the client has been registered again.',
  'eerdere-aanmelding-loopt-door': 'An earlier registration runs on after the activation of {date}.',
}
