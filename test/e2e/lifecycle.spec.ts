import { expect, test } from './fixtures'
import { billingPeriod } from '../../src/shared/calendar/billingPeriod'
import { clientInvoiceLines } from '../../src/shared/domain/invoicing/buildInvoice'
import { formatMoney } from '../../src/shared/format/money'
import { emptyIntake, parseCalendarDate as d, type Client, type Plan, type SubscriptionPeriod } from '../../src/shared/model'
import { AuditPage } from './pages/AuditPage'
import { AppShell } from './pages/AppShell'
import { PartnersPage } from './pages/PartnersPage'
import { PlansPage } from './pages/PlansPage'
import { ClientsPage } from './pages/ClientsPage'
import { LifecyclePage } from './pages/LifecyclePage'
import { setAppNow } from './pages/LifecycleClock'

const plan = (id: string, name: string, monthlyFeeCents: number): Plan => ({
  id,
  code: id.toUpperCase(),
  name,
  monthlyFeeCents,
  includedMinutes: 300,
  hasIntakeConversation: true,
  sortOrder: 1,
  active: true,
  isExample: false,
})
const PLANS = new Map([
  ['licht', plan('licht', 'Licht', 10000)],
  ['zwaar', plan('zwaar', 'Zwaar', 20000)],
])
const invoicedClient: Client = {
  id: 'c',
  partnerId: 'p',
  clientNumber: 'ZN-1001',
  firstName: 'Jan',
  lastName: 'de Boer',
  birthDate: null,
  bsn: '',
  begeleider: { name: '', email: '', phone: '' },
  representatives: [],
  status: 'afgemeld',
  registrationPlanId: 'licht',
  registrationReceivedDate: d('2026-11-02'),
  activationDate: d('2026-11-10'),
  loginSentDate: null,
  intake: emptyIntake,
  notes: '',
  anonymisedDate: null,
}

/** Amsterdam wall-clock moments; the app reads "today" from the (fixed) clock. */
const at = (date: string, time = '09:00') => `${date}T${time}:00+01:00`

test('levensloop: aanmelden, activeren, intake, wijziging, afmelding met gecorrigeerde ingangsdatum, facturatie', async ({ page }) => {
  const shell = new AppShell(page)
  const plans = new PlansPage(page)
  const partners = new PartnersPage(page)
  const clients = new ClientsPage(page)
  const life = new LifecyclePage(page)
  const audit = new AuditPage(page)

  // Monday 02-11-2026: the registration arrives.
  await setAppNow(page, at('2026-11-02'))
  await shell.start('leeg')
  await shell.go('Abonnementsvormen')
  // Own plans with round fees, next to the example catalogue an empty start brings.
  await plans.create({ code: 'licht', name: 'Licht', fee: '100,00', minutes: '300' })
  await life.dismissToasts()
  await plans.create({ code: 'zwaar', name: 'Zwaar', fee: '200,00', minutes: '600' })
  await life.dismissToasts()
  await shell.go('Partners')
  await partners.openNew()
  await partners.fill({
    name: 'Zorggroep Noord',
    shortCode: 'zgn',
    ecdMode: 'partner',
    street: 'Hoofdstraat 1',
    postcode: '9711 AA',
    city: 'Groningen',
    invoiceEmail: 'facturen@zorggroepnoord.nl',
  })
  await partners.submitWithEnter()
  await partners.expectDetail('Zorggroep Noord')

  // 1. Registration: the client form with partner, plan and receipt date (today by default).
  await shell.go('Cliënten')
  await clients.openNew()
  await expect(clients.receivedDate).toHaveValue('02-11-2026')
  await clients.fill({ partner: 'Zorggroep Noord', plan: 'Licht', clientNumber: 'ZN-1001', firstName: 'Jan', lastName: 'de Boer' })
  await clients.submitWithEnter()
  await expect(shell.heading('Jan de Boer')).toBeVisible()
  await life.expectStatus('Aangemeld')
  await expect(life.deadline()).toContainText('Aanmelding verwerken uiterlijk 16-11-2026')
  await expect(life.deadline()).toContainText('nog 10 werkdagen')
  await life.screenshot('lifecycle-registered')

  // 2. Activation on Tuesday 10-11-2026: field errors first, nothing saved; Esc cancels; then activate with Enter.
  await life.setToday(at('2026-11-10'))
  await expect(life.deadline()).toContainText('nog 4 werkdagen')
  let dialog = await life.open(life.action('Activeren'), 'Cliënt activeren')
  await expect(life.field(dialog, 'activation-date')).toBeFocused()
  await expect(life.field(dialog, 'activation-date')).toHaveValue('10-11-2026')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await life.expectStatus('Aangemeld')

  dialog = await life.open(life.action('Activeren'), 'Cliënt activeren')
  await life.type(dialog, 'activation-date', '31-11-2026')
  await life.type(dialog, 'activation-login-sent', '11-11-2026')
  await life.enter(dialog, 'activation-date')
  await expect(life.error(dialog, 'activation-date')).toHaveText('Ongeldige datum (dd-mm-jjjj)')
  await expect(life.error(dialog, 'activation-login-sent')).toHaveText('Deze datum ligt in de toekomst (vandaag is 10-11-2026)')
  await expect(life.shown(dialog, 'form-errors')).toContainText('Er is niets opgeslagen')
  await life.type(dialog, 'activation-date', '30-10-2026')
  await life.type(dialog, 'activation-login-sent', '10-11-2026')
  await life.enter(dialog, 'activation-date')
  await expect(life.error(dialog, 'activation-date')).toContainText('ligt vóór de ontvangst van de aanmelding (02-11-2026)')
  await life.screenshot('lifecycle-activate-errors')
  await life.type(dialog, 'activation-date', '10-11-2026')
  await life.enter(dialog, 'activation-date')
  await expect(dialog).toBeHidden()
  await expect(shell.toast('Cliënt Jan de Boer is geactiveerd per 10-11-2026.')).toBeVisible()
  await life.expectStatus('Actief')
  await expect(life.timelineEntries('period')).toHaveCount(1)
  await expect(life.timelineEntries('period').first()).toContainText('Abonnement Licht')
  await expect(life.timelineEntries('period').first()).toContainText('vanaf 10-11-2026, lopend')
  await expect(life.intakeState).toContainText('Intakeformulier nog niet ontvangen')

  // 3. Intake on Thursday 12-11-2026: form received and dossier opened; the conversation planned like a call-back.
  await life.setToday(at('2026-11-12', '08:30'))
  dialog = await life.open(life.action('Intake vastleggen'), 'Intake vastleggen')
  await expect(life.field(dialog, 'intake-form-sent')).toHaveValue('10-11-2026')
  await life.type(dialog, 'intake-form-received', '12-11-2026')
  await life.type(dialog, 'intake-dossier-opened', '11-11-2026')
  await life.enter(dialog, 'intake-dossier-opened')
  await expect(life.error(dialog, 'intake-dossier-opened')).toHaveText('Ligt vóór de ontvangst van het intakeformulier (12-11-2026).')
  await expect(life.field(dialog, 'intake-dossier-opened')).toBeFocused()
  await life.screenshot('lifecycle-intake-errors')
  await life.type(dialog, 'intake-dossier-opened', '12-11-2026')
  await life.enter(dialog, 'intake-dossier-opened')
  await expect(dialog).toBeHidden()
  await expect(life.intakeState).toContainText('Intakegesprek nog niet gepland')

  dialog = await life.open(life.action('Intakegesprek plannen'), 'Intakegesprek plannen')
  await expect(life.plannerDays(dialog)).toHaveCount(4)
  await expect(life.plannerDayHeads(dialog)).toHaveText([/donderdag\s*12-11-2026/, /vrijdag\s*13-11-2026/, /maandag\s*16-11-2026/, /dinsdag\s*17-11-2026/])
  await life.enter(dialog, 'planner-other-day') // Enter in the date field shows a day, it does not plan
  await expect(dialog).toBeVisible()
  await life.button(dialog, 'Inplannen').click()
  await expect(life.error(dialog, 'planner-slots')).toHaveText('Kies een tijd')
  await life.slot(dialog, 'maandag 16-11-2026 10:00').check()
  await expect(life.shown(dialog, 'planner-chosen')).toHaveText('Gekozen: 16-11-2026 10:00')
  await life.screenshot('lifecycle-intake-planner')
  await life.slot(dialog, 'maandag 16-11-2026 10:00').press('Enter')
  await expect(dialog).toBeHidden()
  await expect(shell.toast('Intakegesprek gepland op 16-11-2026 10:00.')).toBeVisible()
  await expect(life.intakeState).toContainText('Nu gepland: 16-11-2026 10:00')

  // Monday 16-11-2026: the conversation was held.
  await life.setToday(at('2026-11-16', '14:00'))
  dialog = await life.open(life.action('Intake vastleggen'), 'Intake vastleggen')
  await life.type(dialog, 'intake-conversation-held', '16-11-2026')
  await life.enter(dialog, 'intake-conversation-held')
  await expect(dialog).toBeHidden()
  await expect(life.intakeState).toContainText('Intake afgerond')
  await expect(life.action('Intakegesprek plannen')).toHaveCount(0)

  // 4. Subscription change: asked by us on 17-11, approved by the partner on 18-11, processed on 20-11 as of 21-11.
  await life.setToday(at('2026-11-17', '10:00'))
  dialog = await life.open(life.action('Abonnement wijzigen'), 'Abonnementswijziging aanvragen')
  await expect(life.field(dialog, 'change-initiator-partner')).toBeFocused()
  await life.button(dialog, 'Aanvragen').click()
  await expect(life.error(dialog, 'change-initiator-partner')).toHaveText('Kies wie de wijziging vraagt')
  await expect(life.error(dialog, 'change-to-plan')).toHaveText('Kies een abonnementsvorm')
  await expect(life.error(dialog, 'change-reason')).toHaveText('Dit veld is verplicht')
  await life.pick(dialog, 'change-initiator-operator')
  await life.choose(dialog, 'change-to-plan', 'Zwaar')
  await life.type(dialog, 'change-reason', 'Belt vaker dan de bundel toelaat')
  await life.screenshot('lifecycle-change-request')
  await life.enter(dialog, 'change-request-date')
  await expect(dialog).toBeHidden()
  await expect(life.changeRequestCard()).toContainText('Abonnementswijziging Licht → Zwaar')
  await expect(life.shown(life.changeRequestCard(), 'operator-approval')).toHaveText('17-11-2026')
  await expect(life.shown(life.changeRequestCard(), 'partner-approval')).toHaveText('wacht')
  await expect(life.action('Abonnement wijzigen')).toBeDisabled()

  await life.setToday(at('2026-11-18', '11:00'))
  dialog = await life.open(life.button(life.changeRequestCard(), 'Akkoord partner'), 'Akkoord van de partner vastleggen')
  await expect(life.field(dialog, 'decision-date')).toHaveValue('18-11-2026')
  await life.screenshot('lifecycle-change-decision')
  await life.enter(dialog, 'decision-date')
  await expect(dialog).toBeHidden()
  await expect(life.changeRequestCard()).toContainText('Akkoord')
  await expect(life.shown(life.changeRequestCard(), 'deadline')).toContainText('Wijziging verwerken uiterlijk 02-12-2026')
  await expect(life.shown(life.changeRequestCard(), 'deadline')).toContainText('nog 10 werkdagen')
  await life.screenshot('lifecycle-change-approved')

  await life.setToday(at('2026-11-20', '09:30'))
  dialog = await life.open(life.button(life.changeRequestCard(), 'Verwerken'), 'Abonnementswijziging verwerken')
  await life.type(dialog, 'process-effective-date', '20-10-2026')
  await expect(life.shown(dialog, 'process-preview-problem')).toContainText('vóór de lopende facturatieperiode 2026-11')
  await life.enter(dialog, 'process-effective-date')
  await expect(life.error(dialog, 'process-effective-date')).toContainText('vóór de lopende facturatieperiode 2026-11 (vanaf 26-10-2026)')
  await life.type(dialog, 'process-effective-date', '21-11-2026')
  await expect(life.shown(dialog, 'process-preview')).toContainText('Licht10-11-2026 t/m 20-11-2026')
  await expect(life.shown(dialog, 'process-preview')).toContainText('Zwaarvanaf 21-11-2026, lopend')
  await life.screenshot('lifecycle-change-process')
  await life.enter(dialog, 'process-effective-date')
  await expect(dialog).toBeHidden()
  await expect(shell.toast('De wijziging is verwerkt per 21-11-2026.')).toBeVisible()
  await expect(life.changeRequestCard()).toHaveCount(0)
  await expect(life.timelineEntries('period')).toHaveCount(2)
  await expect(life.timelineEntries('period').nth(0)).toContainText('10-11-2026 t/m 20-11-2026')
  await expect(life.timelineEntries('period').nth(1)).toContainText('Abonnement Zwaar')

  // 5. Deregistration: e-mail of Tuesday 01-12-2026 asks for 20-11-2026, before the running period 2026-12.
  await life.setToday(at('2026-12-01', '09:00'))
  dialog = await life.open(life.action('Afmelden'), 'Afmelding vastleggen')
  await expect(life.field(dialog, 'deregistration-requested')).toBeFocused()
  await expect(life.field(dialog, 'deregistration-received')).toHaveValue('01-12-2026')
  await life.type(dialog, 'deregistration-requested', '20-11-2026')
  await expect(life.shown(dialog, 'effective-date')).toContainText('Ingangsdatum afmelding01-12-2026')
  await expect(life.shown(dialog, 'effective-explanation')).toContainText(
    'De gevraagde afmelddatum 20-11-2026 ligt vóór de facturatieperiode 2026-12 (26-11-2026 t/m 25-12-2026) die liep toen de afmelding op 01-12-2026 binnenkwam. Afmeldingen gaan niet met terugwerkende kracht in; de afmelding gaat daarom in per de datum van ontvangst, 01-12-2026.',
  )
  await life.screenshot('lifecycle-deregistration')
  await life.enter(dialog, 'deregistration-requested')
  await expect(dialog).toBeHidden()
  await expect(life.deregistrationCard()).toContainText('Ontvangen op 01-12-2026, gevraagd per 20-11-2026')
  await expect(life.shown(life.deregistrationCard(), 'deadline')).toContainText('Afmelding verwerken uiterlijk 15-12-2026')
  await expect(life.shown(life.deregistrationCard(), 'effective-explanation')).toBeVisible()

  dialog = await life.open(life.button(life.deregistrationCard(), 'Verwerken'), 'Afmelding verwerken')
  await expect(dialog).toContainText('Laatste gefactureerde dag: 30-11-2026.')
  await life.screenshot('lifecycle-deregistration-process')
  await expect(life.button(dialog, 'Afmelding verwerken')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(shell.toast('Afmelding is verwerkt; Jan de Boer is afgemeld per 01-12-2026.')).toBeVisible()
  await life.expectStatus('Afgemeld')
  await expect(life.timelineEntries('period').nth(1)).toContainText('21-11-2026 t/m 30-11-2026')
  await expect(life.timelineEntries('deregistration')).toContainText('ingangsdatum 01-12-2026 · verwerkt op 01-12-2026')

  // 6. The invoice lines (spec rule 7, computed by the invoicing rule): 2026-11 has 31 days, 2026-12 has 30.
  await expect(life.billingLines('2026-11')).toHaveCount(2)
  await expect(life.billingLines('2026-11').nth(0)).toContainText('Licht10-11-2026 – 20-11-2026')
  await expect(life.billingAmounts('2026-11')).toHaveText(['€ 35,48', '€ 32,26'])
  await expect(life.billingTotal('2026-11')).toHaveText('€ 67,74')
  await expect(life.billingAmounts('2026-12')).toHaveText(['€ 33,33'])
  await expect(life.billingPeriods()).toHaveCount(2)
  await life.screenshot('lifecycle-deregistered')

  // The same lines straight from the invoicing rule, over the periods the timeline shows.
  const periods: SubscriptionPeriod[] = [
    { id: 'a', clientId: 'c', planId: 'licht', from: d('2026-11-10'), until: d('2026-11-21') },
    { id: 'b', clientId: 'c', planId: 'zwaar', from: d('2026-11-21'), until: d('2026-12-01') },
  ]
  for (const name of ['2026-11', '2026-12'] as const) {
    const lines = clientInvoiceLines(invoicedClient, periods, PLANS, billingPeriod(name, 26))
    await expect(life.billingAmounts(name)).toHaveText(lines.map((l) => formatMoney(l.amountCents)))
  }

  // 7. Registered again on Monday 11-01-2027: a new registration on the same record, the history stays.
  await life.setToday(at('2027-01-11'))
  dialog = await life.open(life.action('Opnieuw aanmelden'), 'Opnieuw aanmelden')
  await life.enter(dialog, 'reregister-received')
  await expect(life.error(dialog, 'reregister-plan')).toHaveText('Kies een abonnementsvorm')
  await life.choose(dialog, 'reregister-plan', 'Licht')
  await life.enter(dialog, 'reregister-received')
  await expect(dialog).toBeHidden()
  await life.expectStatus('Aangemeld')
  await expect(life.deadline()).toContainText('Aanmelding verwerken uiterlijk 25-01-2027')
  await expect(life.timelineEntries('period')).toHaveCount(2)
  await expect(life.timelineEntries('deregistration')).toHaveCount(1)
  await expect(life.timelineEntries('registration')).toContainText('Opnieuw aangemeld')
  await expect(life.timelineEntries('registration')).toContainText('gekozen: Licht')
  await expect(clients.detailNumber).toHaveText('ZN-1001')
  await life.screenshot('lifecycle-reregistered')

  // 8. Every action left its audit entry.
  await shell.go('Audittrail')
  const expected: [string, string][] = [
    ['Abonnementswijziging', '3 records'], // asked, partner's approval, processed
    ['Afmelding', '2 records'], // recorded, processed
    ['Abonnementsperiode', '4 records'], // activation, change (close + open), deregistration (close)
    ['Cliënt', '7 records'], // registered, activated, intake form, conversation planned, held, deregistered, registered again
  ]
  for (const [entity, count] of expected) {
    await audit.filterEntity(entity)
    await expect(audit.count).toHaveText(count)
  }
})
