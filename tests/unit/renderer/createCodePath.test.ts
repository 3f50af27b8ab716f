import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Code } from '../../../preload/api';

// The codebook as the host holds it, and every call the view makes.
const codebook: Code[] = [];
const calls: string[] = [];
vi.mock('../../../renderer/src/api/client', () => ({
  request: async (name: string, input: { name?: string; parentId?: string }) => {
    calls.push(name);
    if (name === 'codes.list') return [...codebook];
    if (name !== 'codes.add') throw new Error(`unexpected call ${name}`);
    if (codebook.some((c) => c.parentId === input.parentId && c.name === input.name)) throw new Error(`A code named “${input.name}” exists already.`);
    const code = { id: `c${codebook.length + 1}`, name: input.name ?? '', color: '#888888', ...(input.parentId ? { parentId: input.parentId } : {}) } as Code;
    codebook.push(code);
    return code;
  },
}));
const { createCodePath } = await import('../../../renderer/src/annotations/createCodePath');

beforeEach(() => {
  codebook.length = 0;
  calls.length = 0;
});

describe('creating a code from a picker', () => {
  it('uses a code made a moment ago that the picker has not loaded yet, instead of failing on its name', async () => {
    const figures = await createCodePath('Figures', []);
    // A second picker still holds the codebook from before: it asks again and takes the same code.
    await expect(createCodePath('figures', [])).resolves.toEqual(figures);
    expect(codebook).toHaveLength(1);
  });

  it('creates only the levels that are missing, and asks the codebook once', async () => {
    const themes = await createCodePath('Themes', []);
    calls.length = 0;
    const leaf = await createCodePath('Themes/Displacement/Camps', []);
    expect(leaf.name).toBe('Camps');
    expect(codebook.map((c) => c.name)).toEqual(['Themes', 'Displacement', 'Camps']);
    expect(codebook[1]?.parentId).toBe(themes.id);
    expect(calls).toEqual(['codes.list', 'codes.add', 'codes.add']);
  });

  it('makes no call for a code the picker already knows', async () => {
    const known = await createCodePath('Places', []);
    calls.length = 0;
    await expect(createCodePath('Places', [known])).resolves.toEqual(known);
    expect(calls).toEqual([]);
  });
});
