// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { parseCalendarDate } from '@shared/model'
import ClientForm from '@renderer/components/clients/ClientForm.vue'
import { checkClientDraft, emptyClientDraft, type ClientDraft } from '@renderer/forms/clientForm'
import type { FieldErrors } from '@renderer/forms/fieldErrors'
import { mountPlugins } from './mountOptions'

const today = parseCalendarDate('2026-11-23')
const partners = [
  { id: 'p-eigen', name: 'Zorggroep Noord', shortCode: 'ZGN', ecdMode: 'eigen' as const },
  { id: 'p-partner', name: 'Thuiszorg Zuid', shortCode: 'TZ', ecdMode: 'partner' as const },
]
const plans = [{ id: 'plan-basis', name: 'Basis' }]

/** The form as the edit screen uses it: submit runs the same check and shows its errors. */
function harness(initial: Partial<ClientDraft>) {
  const submitted: ClientDraft[] = []
  const Wrapper = defineComponent({
    setup() {
      const draft = ref<ClientDraft>({ ...emptyClientDraft(today), ...initial })
      const errors = ref<FieldErrors>({})
      function submit() {
        const ecdMode = partners.find((p) => p.id === draft.value.partnerId)?.ecdMode ?? null
        const result = checkClientDraft(draft.value, { ecdMode, isNew: true, today })
        errors.value = result.ok ? {} : result.errors
        if (result.ok) submitted.push(draft.value)
      }
      return () =>
        h(ClientForm, {
          modelValue: draft.value,
          'onUpdate:modelValue': (v: ClientDraft) => (draft.value = v),
          errors: errors.value,
          saving: false,
          isNew: true,
          partners,
          plans,
          onSubmit: submit,
        })
    },
  })
  return { wrapper: mount(Wrapper, { global: mountPlugins(), attachTo: document.body }), submitted }
}

function errorAt(wrapper: ReturnType<typeof mount>, fieldId: string): string | undefined {
  return wrapper.find(`#${fieldId}-error`).exists() ? wrapper.find(`#${fieldId}-error`).text() : undefined
}

describe('ClientForm', () => {
  it('shows each error in Dutch under its own field and submits nothing', async () => {
    const { wrapper, submitted } = harness({ partnerId: 'p-eigen', registrationPlanId: 'plan-basis', firstName: 'Anna', lastName: '' })
    await wrapper.find('#client-bsn').setValue('123456789')
    await wrapper.find('#client-birthDate').setValue('31-02-1950')
    await wrapper.find('form').trigger('submit')

    expect(errorAt(wrapper, 'client-bsn')).toBe('BSN voldoet niet aan de 11-proef')
    expect(errorAt(wrapper, 'client-birthDate')).toBe('Ongeldige datum (dd-mm-jjjj)')
    expect(errorAt(wrapper, 'client-lastName')).toBe('Achternaam is verplicht')
    expect(errorAt(wrapper, 'client-firstName')).toBeUndefined()
    expect(wrapper.find('[data-testid="form-errors"]').text()).toContain('Er is niets opgeslagen')
    expect(submitted).toHaveLength(0)
  })

  it('marks the invalid input so assistive technology and styling see it', async () => {
    const { wrapper } = harness({ partnerId: 'p-eigen', registrationPlanId: 'plan-basis', firstName: 'Anna', lastName: 'Bakker' })
    await wrapper.find('form').trigger('submit')
    expect(errorAt(wrapper, 'client-bsn')).toBe('BSN is verplicht bij een partner met eigen ECD')
    expect(wrapper.find('#client-bsn').attributes('aria-invalid')).toBe('true')
  })

  it('asks for BSN and birth date only when the partner works in our own ECD, and then assigns the number', () => {
    const { wrapper } = harness({ partnerId: 'p-partner' })
    expect(wrapper.find('#client-bsn').exists()).toBe(false)
    expect(wrapper.find('#client-birthDate').exists()).toBe(false)
    expect(wrapper.find('#client-number').attributes('disabled')).toBeUndefined()

    const eigen = harness({ partnerId: 'p-eigen' }).wrapper
    expect(eigen.find('#client-bsn').exists()).toBe(true)
    expect(eigen.find('#client-birthDate').exists()).toBe(true)
    expect(eigen.find('#client-number').attributes('disabled')).toBeDefined()
    expect(eigen.find('#client-number').attributes('placeholder')).toBe('Wordt automatisch toegekend bij opslaan')
  })

  it('submits a valid client and clears the errors', async () => {
    const { wrapper, submitted } = harness({ partnerId: 'p-eigen', registrationPlanId: 'plan-basis', firstName: 'Anna', lastName: 'Bakker' })
    await wrapper.find('form').trigger('submit')
    expect(errorAt(wrapper, 'client-bsn')).toBeDefined()
    await wrapper.find('#client-bsn').setValue('123456782')
    await wrapper.find('#client-birthDate').setValue('01-02-1950')
    await wrapper.find('form').trigger('submit')
    expect(submitted).toHaveLength(1)
    expect(wrapper.find('[data-field-error]').exists()).toBe(false)
  })

  it('shows an error at the representative row it belongs to', async () => {
    const { wrapper } = harness({
      partnerId: 'p-partner',
      clientNumber: '1',
      registrationPlanId: 'plan-basis',
      firstName: 'A',
      lastName: 'B',
      representatives: [{ name: '', role: 'mentor', email: 'mentor@example.nl', phone: '' }],
    })
    await wrapper.find('form').trigger('submit')
    expect(errorAt(wrapper, 'rep-0-name')).toBe('Naam is verplicht')
  })
})
