import type { AuditEntity } from '@shared/model'

/** Field path in an audit entry → the label the edit screen uses for it (so the log reads like the form). */
const LABELS: Partial<Record<AuditEntity, Record<string, string>>> = {
  client: {
    partnerId: 'clients.partner',
    clientNumber: 'clients.clientNumber',
    firstName: 'clients.firstName',
    lastName: 'clients.lastName',
    birthDate: 'clients.birthDate',
    bsn: 'clients.bsn',
    'begeleider.name': 'clients.begeleiderName',
    'begeleider.email': 'clients.begeleiderEmail',
    'begeleider.phone': 'clients.begeleiderPhone',
    representatives: 'clients.representatives',
    status: 'clients.status',
    registrationPlanId: 'clients.registrationPlan',
    registrationReceivedDate: 'clients.registrationReceivedDate',
    activationDate: 'clients.activationDate',
    loginSentDate: 'clients.loginSentDate',
    'intake.formSentDate': 'clients.intakeFormSent',
    'intake.formReceivedDate': 'clients.intakeFormReceived',
    'intake.dossierOpenedDate': 'clients.dossierOpened',
    'intake.conversationPlannedAt': 'clients.conversationPlanned',
    'intake.conversationHeldDate': 'clients.conversationHeld',
    notes: 'clients.notes',
  },
  partner: {
    name: 'partners.name',
    shortCode: 'partners.shortCode',
    ecdMode: 'partners.ecdMode',
    'invoiceAddress.street': 'partners.street',
    'invoiceAddress.postcode': 'partners.postcode',
    'invoiceAddress.city': 'partners.city',
    invoiceEmail: 'partners.invoiceEmail',
    debtorReference: 'partners.debtorReference',
    contacts: 'partners.contacts',
    notes: 'partners.notes',
    active: 'partners.active',
  },
  plan: {
    code: 'plans.code',
    name: 'plans.name',
    monthlyFeeCents: 'plans.monthlyFee',
    includedMinutes: 'plans.includedMinutes',
    hasIntakeConversation: 'plans.hasIntakeConversation',
    sortOrder: 'plans.sortOrder',
    active: 'plans.active',
    isExample: 'plans.exampleFlag',
  },
  database: {
    partners: 'nav.partners',
    plans: 'nav.plans',
    clients: 'nav.clients',
    subscriptionPeriods: 'audit.tables.subscriptionPeriods',
    changeRequests: 'audit.tables.changeRequests',
    deregistrations: 'audit.tables.deregistrations',
    usage: 'audit.tables.usage',
    invoices: 'audit.tables.invoices',
    auditEntries: 'audit.tables.auditEntries',
  },
  settings: {
    clerkName: 'settings.clerkName',
    billingPeriodStartDay: 'settings.billingPeriodStartDay',
    paymentTermDays: 'settings.paymentTermDays',
    vatRatePercent: 'settings.vatRatePercent',
    vatExemptionText: 'settings.vatExemptionText',
    checkTolerancePercent: 'settings.checkTolerancePercent',
    retentionMonths: 'settings.retentionMonths',
    extraClosingDays: 'settings.extraClosingDays',
    locale: 'settings.language',
  },
}

/** The i18n key of a field's label, or undefined (then the field path itself is shown). */
export function auditFieldLabelKey(entity: AuditEntity, field: string): string | undefined {
  return LABELS[entity]?.[field]
}
