import type { Entity } from './entities';
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
