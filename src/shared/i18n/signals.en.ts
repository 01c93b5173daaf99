import type { signalListsNl } from './signals.nl'

/** English words of the signal lists: each list's title and criteria, and every row action (`{name}` is a parameter). */
export const signalListsEn: typeof signalListsNl = {
  titles: {
    'aanmeldingen-verwerken': 'Registrations to process',
    'intakeformulier-ontbreekt': 'Intake form missing',
    'dossier-openstellen': 'Open the client file',
    'intakegesprek-plannen': 'Intake conversation to schedule',
    'wijzigingen-akkoord-afwachten': 'Changes awaiting approval',
    'wijzigingen-verwerken': 'Approved changes to process',
    'afmeldingen-verwerken': 'Deregistrations to process',
    'structurele-afwijkingen': 'Structural deviations in the subscription check',
    'geen-contact': 'Active clients without contact',
  },
  descriptions: {
    'aanmeldingen-verwerken': 'Registered clients who have not been activated yet. Term: 10 working days after the registration was received.',
    'intakeformulier-ontbreekt':
      'Active clients whose intake form has not been received. Serious for plans without an intake conversation (Basis, Waakvlam). Term: 10 working days after the form was sent.',
    'dossier-openstellen':
      'Active clients whose intake form has arrived but whose client file has not been opened yet. Term: 10 working days after the form was received.',
    'intakegesprek-plannen':
      'Active clients on a plan with an intake conversation, intake form received, no conversation scheduled or held yet. Term: 10 working days after the form was received.',
    'wijzigingen-akkoord-afwachten': 'Subscription changes still missing the approval of the partner or the operator. Term: 10 working days after the request.',
    'wijzigingen-verwerken': 'Subscription changes approved by both parties. Term: 10 working days after the last approval.',
    'afmeldingen-verwerken':
      'Received deregistrations that have not been processed yet, with the computed effective date. Term: 10 working days after receipt.',
    'structurele-afwijkingen':
      'Active clients whose usage was structurally above or below their plan in the last complete quarter, with no change request since. Term: 10 working days after the end of the quarter.',
    'geen-contact':
      'Clients who were active in the last two complete billing periods and had no contact at all in either. Term: 10 working days after the end of the last period.',
  },
  actions: {
    'aanmelding-verwerken': 'Process the registration: create the portal account, activate, and send the login details with the intake form',
    'formulier-versturen': 'Send the intake form (not recorded as sent) and request it from the partner',
    'formulier-opvragen': 'Request the intake form from the partner',
    'formulier-versturen-ernstig':
      'Send the intake form (not recorded as sent) and request it from the partner — serious: {plan} has no intake conversation, without the form the counsellors are unprepared',
    'formulier-opvragen-ernstig':
      'Request the intake form from the partner — serious: {plan} has no intake conversation, without the form the counsellors are unprepared',
    'dossier-openstellen': 'Open the client file (intake form received on {date})',
    'dossier-en-gesprek-plannen': 'Open the client file and schedule the intake conversation with the client and the counsellor',
    'gesprek-plannen': 'Schedule the intake conversation with the client and the counsellor',
    'akkoord-partner': 'Ask the partner (counsellor) for approval: {from} → {to}',
    'akkoord-operator': 'Give the operator approval or reject the change: {from} → {to}',
    'akkoord-beide': 'Ask the partner (counsellor) and the operator for approval: {from} → {to}',
    'wijziging-verwerken': 'Process the change: {from} → {to} (close the current period, open a new one)',
    'afmelding-verwerken': 'Process the deregistration as of {date} (the first day no longer billed)',
    'verbruik-boven': 'Contact the counsellor and the partner contact: usage structurally above the bundle in {quarter}',
    'verbruik-boven-advies': 'Contact the counsellor and the partner contact: usage structurally above the bundle in {quarter}; advice: {plan}',
    'verbruik-onder': 'Contact the counsellor and the partner contact: usage structurally below the bundle in {quarter}',
    'verbruik-onder-advies': 'Contact the counsellor and the partner contact: usage structurally below the bundle in {quarter}; advice: {plan}',
    'geen-contact': 'Contact the counsellor: no contact in {earlier} and {later}; discuss usage and plan',
  },
  columns: {
    received: 'Received',
    plan: 'Plan',
    activated: 'Activated',
    formSent: 'Form sent',
    serious: 'Serious',
    formReceived: 'Form received',
    change: 'Change',
    requestedBy: 'Requested by',
    requestDate: 'Request',
    awaiting: 'Waiting for',
    approvedSince: 'Approved since',
    requestedFor: 'Requested for',
    effectiveDate: 'Effective date',
    quarter: 'Quarter',
    outcome: 'Outcome',
    advice: 'Advice',
    usage: 'Usage',
    bundle: 'Bundle',
    counsellor: 'Counsellor',
    periods: 'Periods',
  },
  values: {
    yes: 'yes',
    and: 'and',
    party: { partner: 'partner', operator: 'we' },
    outcome: { boven: 'Above bundle', onder: 'Below bundle', binnen: 'Within bundle', 'te kort actief': 'Active too briefly' },
  },
}
