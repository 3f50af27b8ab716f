import type { Entity } from './entities';
import { countryCode } from './gazetteer';
import { nameKey } from './names';

/**
 * "Mr Yıldız" is Ahmet Yıldız when he is the only person found with that surname: a one-word
 * person name joins the full name as an alias, so its mentions count for him. Left alone when
 * two people share the surname, when the alias list or a researcher's decision speaks for the
 * one-word name (`keep`), or when the full name already has that alias.
 */
export function joinSurnames(byId: Map<string, Entity>, keep: (id: string) => boolean): void {
  const bySurname = new Map<string, Entity[]>();
  for (const entity of byId.values()) {
    const words = nameKey(entity.name);
    const last = words[words.length - 1];
    if (entity.kind !== 'person' || words.length < 2 || !last) continue;
    bySurname.set(last, [...(bySurname.get(last) ?? []), entity]);
  }
  for (const entity of [...byId.values()]) {
    const words = nameKey(entity.name);
    if (entity.kind !== 'person' || words.length !== 1 || keep(entity.id)) continue;
    const people = bySurname.get(words[0] ?? '');
    const person = people?.length === 1 ? people[0] : undefined;
    if (!person) continue;
    person.aliases = [...new Set([...person.aliases, entity.name, ...entity.aliases])];
    byId.delete(entity.id);
  }
}

/**
 * "André Isaacs" is "André K. Isaacs": person names that differ only by initials join the
 * longest spelling (as an alias), unless the alias list or a decision speaks for them.
 */
export function joinInitials(byId: Map<string, Entity>, keep: (id: string) => boolean, sureness: Map<string, number>): void {
  const byBare = new Map<string, Entity[]>();
  for (const entity of byId.values()) {
    if (entity.kind !== 'person') continue;
    const bare = nameKey(entity.name).filter((w) => w.length > 1).join(' ');
    if (bare.includes(' ')) byBare.set(bare, [...(byBare.get(bare) ?? []), entity]);
  }
  for (const group of byBare.values()) {
    if (group.length < 2) continue;
    const [target, ...others] = [...group].sort((a, b) => b.name.length - a.name.length);
    for (const other of others) {
      if (keep(other.id) || !target) continue;
      target.aliases = [...new Set([...target.aliases, other.name, ...other.aliases])];
      sureness.set(target.id, Math.max(sureness.get(target.id) ?? 0, sureness.get(other.id) ?? 0));
      byId.delete(other.id);
    }
  }
}

/**
 * "عراق" is Iraq and "México" is Mexico: place entities naming the same country in different
 * languages join the one listed first (the alias list's or the most voted), unless a decision
 * or the alias list speaks for them.
 */
export function joinCountries(byId: Map<string, Entity>, keep: (id: string) => boolean): void {
  const byCode = new Map<string, Entity>();
  for (const entity of [...byId.values()]) {
    if (entity.kind !== 'place') continue;
    const code = [entity.name, ...entity.aliases].map(countryCode).find((c) => c !== undefined);
    if (!code) continue;
    const first = byCode.get(code);
    if (!first) {
      byCode.set(code, entity);
      continue;
    }
    const [target, other] = keep(entity.id) && !keep(first.id) ? [entity, first] : [first, entity];
    if (keep(other.id)) continue;
    target.aliases = [...new Set([...target.aliases, other.name, ...other.aliases])];
    byId.delete(other.id);
    byCode.set(code, target);
  }
}
