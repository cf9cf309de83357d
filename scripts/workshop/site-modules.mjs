// The few site modules the terminal commands need (the example accounts,
// the workshop steps), loaded from the TypeScript files the site itself
// imports rather than kept here as a second copy. Each of them has no
// imports at run time, so TypeScript's transpiler turns it into a module
// that Node loads as it is.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'

import bcrypt from 'bcryptjs'
import ts from 'typescript'

const loaded = new Map()

async function loadTs(relative) {
  if (!loaded.has(relative)) {
    const source = fs.readFileSync(
      new URL(`../../${relative}`, import.meta.url),
      'utf8',
    )
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
      },
    })
    const base64 = Buffer.from(outputText).toString('base64')
    loaded.set(relative, import(`data:text/javascript;base64,${base64}`))
  }
  return loaded.get(relative)
}

/** New rows, freshly hashed, for the example accounts not in `existing`. */
export async function personaRows(existing = []) {
  const { PERSONAS, PERSONA_PASSWORD } = await loadTs('lib/personas.ts')
  const createdAt = new Date().toISOString()
  const rows = []
  for (const p of PERSONAS) {
    if (existing.some((row) => row.email === p.email)) continue
    rows.push({
      id: randomUUID(),
      name: p.name,
      email: p.email,
      passwordHash: await bcrypt.hash(PERSONA_PASSWORD, 10),
      role: p.role,
      team: p.team,
      phone: p.phone,
      persona: true,
      createdAt,
    })
  }
  return rows
}

/** "3. 로그아웃" for a step id; the id itself for one that is gone. */
export async function stepLabel(id) {
  const { WORKSHOP_STEPS } = await loadTs('lib/workshop/steps.ts')
  const index = WORKSHOP_STEPS.findIndex((step) => step.id === id)
  if (index < 0) return `${id} (지금은 없는 단계)`
  return `${index + 1}. ${WORKSHOP_STEPS[index].title}`
}
