import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../main/xref/entities';
import { joinSurnames } from '../../../main/xref/surnames';

const person = (id: string, name: string, kind: Entity['kind'] = 'person'): [string, Entity] => [id, { id, name, kind, aliases: [], mentions: [] }];

describe('a surname alone joins the one person of that surname', () => {
  it('joins a unique surname, leaves a shared one, a kept one and other kinds alone', () => {
    const byId = new Map([
      person('ahmet-yildiz', 'Ahmet Yıldız'), person('yildiz', 'Yildiz'),
      person('omar-smith', 'Omar Smith'), person('ruth-smith', 'Ruth Smith'), person('smith', 'Smith'),
      person('lena-haddad', 'Lena Haddad'), person('haddad', 'Haddad'),
      person('camp-kurdistan', 'Camp Kurdistan', 'place'), person('kurdistan', 'Kurdistan'),
    ]);
    joinSurnames(byId, (id) => id === 'haddad');
    expect(byId.get('ahmet-yildiz')?.aliases).toEqual(['Yildiz']);
    expect(byId.has('yildiz')).toBe(false);
    expect(byId.has('smith')).toBe(true);
    expect(byId.has('haddad')).toBe(true);
    expect(byId.has('kurdistan')).toBe(true);
  });
});
