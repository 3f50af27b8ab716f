/** The code operations of AnnotationStore: a tree of codes that never gets a cycle or a dangling parent. */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { codePath, parentsFirst, siblingWithName, type CodebookJson } from '../codes';
import { CodeInputSchema, CodeSchema, type Code, type CodeInput } from '../model';
import type { DurableLog } from './durable';

export class CodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodeError';
  }
}

export class NotFoundError extends Error {
  constructor(kind: string, id: string) {
    super(`No ${kind} with id ${id}.`);
    this.name = 'NotFoundError';
  }
}

const CodebookSchema = z.object({ format: z.literal('testimony-codebook'), version: z.literal(1), codes: z.array(CodeSchema) });
const CodePatchSchema = CodeSchema.pick({ name: true, color: true, description: true }).partial();

export abstract class CodeBook {
  protected constructor(protected readonly log: DurableLog) {}

  protected mustGet<T>(kind: string, map: ReadonlyMap<string, T>, id: string): T {
    const value = map.get(id);
    if (value === undefined) throw new NotFoundError(kind, id);
    return value;
  }

  protected assertCodesExist(ids: readonly string[]): void {
    for (const id of ids) this.mustGet('code', this.log.state.codes, id);
  }

  private assertFreeName(parentId: string | undefined, name: string, exceptId?: string): void {
    const clash = siblingWithName(this.log.state.codes.values(), parentId, name, exceptId);
    if (clash) throw new CodeError(`There is already a code "${codePath(clash.id, this.log.state.codes)}".`);
  }

  listCodes(): Code[] {
    const codes = this.log.state.codes;
    return [...codes.values()].sort((a, b) => codePath(a.id, codes).localeCompare(codePath(b.id, codes)));
  }

  getCode(id: string): Code | undefined {
    return this.log.state.codes.get(id);
  }

  /** "Parent/Child" */
  codePath(id: string): string {
    return codePath(id, this.log.state.codes);
  }

  async addCode(input: CodeInput): Promise<Code> {
    const parsed = CodeInputSchema.parse(input);
    if (parsed.parentId !== undefined) this.mustGet('code', this.log.state.codes, parsed.parentId);
    if (parsed.id !== undefined && this.log.state.codes.has(parsed.id)) throw new CodeError(`A code with id ${parsed.id} exists already.`);
    this.assertFreeName(parsed.parentId, parsed.name);
    const code = CodeSchema.parse({ ...parsed, id: parsed.id ?? randomUUID() });
    this.log.commit({ op: 'code.put', value: code });
    return code;
  }

  async updateCode(id: string, patch: z.input<typeof CodePatchSchema>): Promise<Code> {
    const old = this.mustGet('code', this.log.state.codes, id);
    const p = CodePatchSchema.parse(patch);
    if (p.name !== undefined) this.assertFreeName(old.parentId, p.name, id);
    const code = CodeSchema.parse({ ...old, ...p });
    this.log.commit({ op: 'code.put', value: code });
    return code;
  }

  renameCode(id: string, name: string): Promise<Code> {
    return this.updateCode(id, { name });
  }

  recolorCode(id: string, color: string): Promise<Code> {
    return this.updateCode(id, { color });
  }

  /** Moves a code (with its subtree) under `newParentId`, or to the top level when undefined. */
  async moveCode(id: string, newParentId: string | undefined): Promise<Code> {
    const code = this.mustGet('code', this.log.state.codes, id);
    if (newParentId !== undefined) {
      this.mustGet('code', this.log.state.codes, newParentId);
      if (this.log.state.isWithin(newParentId, id)) throw new CodeError('A code cannot be moved inside itself or one of its own sub-codes.');
    }
    this.assertFreeName(newParentId, code.name, id);
    this.log.commit({ op: 'code.move', id, ...(newParentId !== undefined ? { parentId: newParentId } : {}) });
    return this.log.state.codes.get(id)!;
  }

  /** Every annotation tagged `fromId` gets `intoId` instead; `fromId`'s sub-codes move under `intoId`. */
  async mergeCodes(fromId: string, intoId: string): Promise<void> {
    this.mustGet('code', this.log.state.codes, fromId);
    this.mustGet('code', this.log.state.codes, intoId);
    if (fromId === intoId) throw new CodeError('A code cannot be merged into itself.');
    this.log.commit({ op: 'code.merge', from: fromId, into: intoId, at: new Date().toISOString() });
  }

  /** Removes the code from every annotation; its sub-codes move up to its parent. */
  async deleteCode(id: string): Promise<void> {
    this.mustGet('code', this.log.state.codes, id);
    this.log.commit({ op: 'code.delete', id, at: new Date().toISOString() });
  }

  exportCodebook(): CodebookJson {
    return { format: 'testimony-codebook', version: 1, codes: this.listCodes() };
  }

  /**
   * Merges a codebook: a code with a known id is updated; otherwise a code with the same path is
   * updated; otherwise it is added. Re-running an import is harmless (each step is idempotent).
   */
  async importCodebook(json: unknown): Promise<{ added: number; updated: number }> {
    const book = CodebookSchema.parse(json);
    const ordered = parentsFirst(book.codes);
    const idMap = new Map<string, string>();
    let added = 0;
    let updated = 0;
    for (const code of ordered) {
      const parentId = code.parentId !== undefined ? (idMap.get(code.parentId) ?? code.parentId) : undefined;
      const known = this.log.state.codes.get(code.id) ?? siblingWithName(this.log.state.codes.values(), parentId, code.name);
      const next: Code = { ...code, id: known?.id ?? code.id, ...(parentId !== undefined && this.log.state.codes.has(parentId) ? { parentId } : { parentId: undefined }) };
      if (next.parentId === undefined) delete next.parentId;
      if (next.parentId !== undefined && known && this.log.state.isWithin(next.parentId, known.id)) throw new CodeError(`Importing code "${code.name}" would create a cycle.`);
      idMap.set(code.id, next.id);
      if (known && JSON.stringify(known) === JSON.stringify(CodeSchema.parse(next))) continue;
      this.log.commit({ op: 'code.put', value: CodeSchema.parse(next) });
      if (known) updated += 1;
      else added += 1;
    }
    return { added, updated };
  }
}
