import { describe, expect, it } from 'vitest'
import { hashPin } from '@shared/model/pinHash'
import { ValidationError } from '@renderer/data/errors'
import { planInput, testData } from './testDb'

describe('the clerks repository (who is working)', () => {
  it('adds clerks, refuses initials another clerk has, and lists active ones first', async () => {
    const { repos } = testData('clerks')
    await repos.clerks.create({ name: 'Pieter Bakker', initials: 'PB', active: false })
    await repos.clerks.create({ name: 'Anna de Vries', initials: 'ADV', active: true })
    await expect(repos.clerks.create({ name: 'Paul Bos', initials: 'PB', active: true })).rejects.toMatchObject({
      issues: [{ path: ['initials'], message: 'validation.initialsTaken', params: { initials: 'PB', name: 'Pieter Bakker' } }],
    })
    expect((await repos.clerks.list()).map((c) => c.initials)).toEqual(['ADV', 'PB'])
  })

  it('records in the audit trail whether a clerk has a PIN, never the digest', async () => {
    const { repos, db } = testData('clerks-pin')
    const clerk = await repos.clerks.create({ name: 'Anna de Vries', initials: 'ADV', active: true })
    const pin = await hashPin('1234', 1000)
    await repos.clerks.update({ ...clerk, pin })
    const entries = await db.auditEntries.orderBy('id').toArray()
    expect(entries.map((e) => e.event)).toEqual(['clerkCreated', 'clerkUpdated'])
    expect(entries[1]?.changes).toEqual([{ field: 'hasPin', before: false, after: true }])
    expect(JSON.stringify(entries)).not.toContain(pin.hash)
    expect(JSON.stringify(entries)).not.toContain(pin.salt)
  })

  it('signing in names the clerk in its own audit entry and in every later one', async () => {
    const { repos, db, ctx } = testData('clerks-session')
    const anna = await repos.clerks.create({ name: 'Anna de Vries', initials: 'ADV', active: true })
    const piet = await repos.clerks.create({ name: 'Piet Jansen', initials: 'PJ', active: true })
    await repos.clerks.signIn(anna.id)
    await repos.plans.create(planInput())
    await repos.clerks.signIn(piet.id)
    await repos.plans.create(planInput({ code: 'PLUS', name: 'Plus' }))
    const entries = (await db.auditEntries.orderBy('id').toArray()).slice(2)
    expect(entries.map((e) => [e.event, e.clerk])).toEqual([
      ['clerkSignedIn', 'Anna de Vries'],
      ['planCreated', 'Anna de Vries'],
      ['clerkSignedIn', 'Piet Jansen'],
      ['planCreated', 'Piet Jansen'],
    ])
    expect(entries[2]?.changes).toEqual([{ field: 'clerk', before: 'Anna de Vries', after: 'Piet Jansen' }])
    expect(ctx.session.clerk).toEqual({ id: piet.id, name: 'Piet Jansen' })
  })

  it('refuses an inactive clerk and keeps the one who was working', async () => {
    const { repos, ctx } = testData('clerks-inactive')
    const anna = await repos.clerks.create({ name: 'Anna de Vries', initials: 'ADV', active: true })
    const gone = await repos.clerks.create({ name: 'Pieter Bakker', initials: 'PB', active: false })
    await repos.clerks.signIn(anna.id)
    const refused = await repos.clerks.signIn(gone.id).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ValidationError)
    expect(ctx.session.clerk?.name).toBe('Anna de Vries')
  })
})

describe('a reloaded window', () => {
  it('resumes an active clerk without a new audit entry, and not an inactive one', async () => {
    const { repos, db, ctx } = testData('clerks-resume')
    const anna = await repos.clerks.create({ name: 'Anna de Vries', initials: 'ADV', active: true })
    const gone = await repos.clerks.create({ name: 'Pieter Bakker', initials: 'PB', active: false })
    const entries = await db.auditEntries.count()
    expect(await repos.clerks.resume(gone.id)).toBeUndefined()
    expect(ctx.session.clerk).toBeNull()
    expect(await repos.clerks.resume(anna.id)).toMatchObject({ name: 'Anna de Vries' })
    expect(ctx.session.clerk).toEqual({ id: anna.id, name: 'Anna de Vries' })
    expect(await db.auditEntries.count()).toBe(entries)
  })
})
