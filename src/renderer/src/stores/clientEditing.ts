import { ref, type Ref } from 'vue'
import type { CalendarDate, Client, Partner } from '@shared/model'
import { repositories } from '../data'
import { checkClientDraft, type ClientDraft } from '../forms/clientForm'
import type { FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'
import { attempt, errorMessage, failure, type Done, type Outcome } from './outcome'
import { usePartnersStore } from './partners'
import { usePlansStore } from './plans'

export interface ClientDetail {
  client: Client
  partner: Partner | null
  planName: string
}

/** What editing shares with the list: one busy flag and one load error on screen. */
export interface ClientEditingShared {
  readonly loading: Ref<boolean>
  readonly loadError: Ref<string | null>
}

/**
 * One client read, created, changed or removed through the repository. Its own file: the form check runs
 * before anything is written and its errors stay here, apart from the list's paging.
 */
export function clientEditing({ loading, loadError }: ClientEditingShared) {
  const partners = usePartnersStore()
  const plans = usePlansStore()
  const saving = ref(false)
  const current = ref<ClientDetail | null>(null)
  const fieldErrors = ref<FieldErrors>({})

  async function loadOne(id: string): Promise<ClientDetail | null> {
    loading.value = true
    try {
      await Promise.all([partners.loadOptions(), plans.plans.length === 0 ? plans.load() : Promise.resolve()])
      const client = await repositories().clients.get(id)
      current.value = client
        ? { client, partner: partners.byId.get(client.partnerId) ?? null, planName: plans.byId.get(client.registrationPlanId)?.name ?? '' }
        : null
      return current.value
    } catch (error) {
      loadError.value = errorMessage(error)
      return null
    } finally {
      loading.value = false
    }
  }

  function clearErrors() {
    fieldErrors.value = {}
  }

  /**
   * Create or update. The partner's ECD mode decides which fields are asked (see checkClientDraft);
   * when the draft is wrong nothing is written, so no audit entry appears either.
   */
  async function save(id: string | null, draft: ClientDraft, today: CalendarDate): Promise<Outcome<Client>> {
    await partners.loadOptions()
    const ecdMode = partners.byId.get(draft.partnerId)?.ecdMode ?? null
    const checked = checkClientDraft(draft, { ecdMode, isNew: id === null, today })
    if (!checked.ok) {
      fieldErrors.value = checked.errors
      return { ok: false, message: null }
    }
    saving.value = true
    try {
      const repo = repositories().clients
      let saved: Client
      if (id) {
        const stored = await repo.get(id)
        if (!stored) return { ok: false, message: translate('common.notFoundText') }
        saved = await repo.update({ ...stored, ...checked.value })
      } else {
        saved = await repo.create(checked.value)
      }
      fieldErrors.value = {}
      return { ok: true, value: saved }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  async function remove(id: string): Promise<Done> {
    const done = await attempt(() => repositories().clients.remove(id))
    if (done.ok && current.value?.client.id === id) current.value = null
    return done
  }

  return { saving, current, fieldErrors, loadOne, clearErrors, save, remove }
}
