import type { firstStartGuideNl } from './firstStartGuide.nl'

/** The first-start guide's words in English; typed against the Dutch ones so no key can be missing. */
export const firstStartGuideEn: typeof firstStartGuideNl = {
  nav: 'Set up',
  title: 'Set up',
  intro:
    'This is how you set up the administration. A step is ticked off as soon as its data is there; choose your own order and continue later whenever you like.',
  progress: '{done} of {total} steps done',
  progressLabel: 'Set-up progress',
  later: 'Continue later',
  allDone: 'All set up',
  allDoneText: 'Every step is done; the guide no longer opens by itself.',
  done: 'Done',
  todo: 'To do',
  steps: {
    operator: {
      title: 'Your organisation’s details',
      text: 'Name, address, KvK number, VAT id and IBAN appear on every invoice. Fill them in under Settings, in Organisation details.',
      action: 'Go to Settings',
      missing: 'Missing: {fields}',
      example: 'Still the example: {fields}',
    },
    clerks: {
      title: 'Clerks',
      text: 'Whoever works in the application picks their name at start, and the audit trail names that clerk. Add at least one under Settings, in Clerks.',
      action: 'Go to Settings',
      count: 'Active clerks: {count}',
    },
    plans: {
      title: 'Subscription plans',
      text: 'The subscription plans that come with the application have example prices. Set your own monthly fee on every active plan; while an example price remains, an invoice cannot be finalised.',
      action: 'Go to Subscription plans',
      example: 'Still at the example price: {plans}',
      none: 'There is no active plan yet.',
      count: 'Active plans: {count}',
    },
    partners: {
      title: 'Partners',
      text: 'Add at least one partner organisation, or import your partners from a file.',
      add: 'Add partner',
      import: 'Import partners',
      count: 'Partners: {count}',
    },
    clients: {
      title: 'Clients',
      text: 'Import your existing administration (partners, clients and their plans) from a file, or load the demo data to explore the application first.',
      import: 'Import existing administration',
      demo: 'Load demo data',
      count: 'Clients: {count}',
    },
  },
  demoConfirm: {
    header: 'Load demo data',
    message: 'The demo data replaces everything now in the administration, including your organisation’s details, the clerks and the plans. Continue?',
    accept: 'Load demo data',
  },
  example: {
    title: 'What is still example data',
    none: 'Nothing any more: all data is your organisation’s own.',
    whatToDo: 'What to do:',
    plans: {
      title: 'Example prices',
      text: 'These plans still have their example price: {plans}.',
      todo: 'Set the real monthly fee under Subscription plans; until then invoices cannot be finalised.',
      go: 'Go to Subscription plans',
    },
    operator: {
      title: 'Example organisation details',
      text: 'Still the example: {fields}.',
      todo: 'Fill in your own details under Settings; they appear on every invoice.',
      go: 'Go to Settings',
    },
    demo: {
      title: 'Demo data loaded',
      text: 'The partners, clients and usage are made up, to explore the application.',
      todo: 'When you start working with real data, restore a backup of your own administration under Backup; it replaces the demo data.',
      go: 'Go to Backup',
    },
    documents: {
      title: 'VOORBEELD (example) on documents',
      text: 'Every invoice and other document made from the demo data carries the word VOORBEELD (example) and is not meant for a partner.',
      todo: 'Real invoices come from your own data; without demo data the mark disappears by itself.',
      go: 'Go to Invoicing',
    },
  },
  returnBar: {
    text: 'You came here from the set-up guide.',
    back: 'Back to the guide',
  },
  card: {
    text: 'The administration is not fully set up yet: {progress}.',
    continue: 'Continue setting up',
    allDone: 'All set up: every step of the set-up guide is done.',
  },
}
