import type { VerifyKey } from '../problems/verify'

/** Dutch words for every finding of the consistency check (vue-i18n message syntax: `{name}` is a parameter). */
export const verifyNl: Record<VerifyKey, string> = {
  dateTooEarly: 'De datum {date} ligt vóór {earliest}.',
  dateTooLate: 'De datum {date} ligt na {latest}, meer dan 2 jaar na vandaag.',
  tooManyMinutes: '{minutes} minuten in één periode; een periode heeft er hoogstens {limit}.',
  feeTooHigh: 'Het maandbedrag {fee} is hoger dan {limit}.',
  deregistrationEffectiveDate:
    'De afmelding gaat in op {effective}, maar volgens de regel (ontvangen {received}, gevraagd per {requested}; niet met terugwerkende kracht) is dat {expected}.',
  auditChainChanged: 'Audittrailregel {seq} is gewijzigd na het vastleggen: de hashketen klopt daar niet meer.',
  auditChainRemoved: 'Audittrailregel {seq} ontbreekt: de hashketen springt daar over een regel heen.',
  auditChainInserted: 'Bij audittrailregel {seq} is een regel tussengevoegd: de hashketen sluit daar niet aan.',
  auditChainTruncated: 'De nieuwste audittrailregels vanaf regel {seq} ontbreken: het programma telde er meer.',
}
