/**
 * XrefStore: the researcher's links between annotations, decisions about entities and claims, for one
 * archive, in `<data>/xref-store/`. Every change returns only after it is fsync'd to the journal
 * (the annotation store's durable log): links are as precious as the annotations they join.
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { DurableLog, type DurableOptions } from '../../annotations/store/durable';
import { ClaimSchema, EntityDecisionSchema, LinkSchema, XrefOperationSchema, type Claim, type EntityDecision, type Link, type LinkType, type XrefOperation } from './ops';
import { xrefLog, type XrefState } from './state';

export class XrefStore {
  private constructor(private readonly log: DurableLog<XrefOperation, XrefState>) {}

  static async open(dataDir: string, options?: DurableOptions): Promise<XrefStore> {
    return new XrefStore(await DurableLog.openWith(xrefLog, path.join(dataDir, 'xref-store'), options));
  }

  get problems(): string[] {
    return this.log.problems;
  }

  get readOnly(): boolean {
    return this.log.readOnly;
  }

  /** Every link, or those with the annotation at either end, oldest first. */
  links(annotationId?: string): Link[] {
    const s = this.log.state;
    const pool = annotationId === undefined ? [...s.links.values()] : [...s.linkIdsOf(annotationId)].map((id) => s.links.get(id)!);
    return pool.sort((a, b) => a.created.localeCompare(b.created));
  }

  getLink(id: string): Link | undefined {
    return this.log.state.links.get(id);
  }

  addLink(input: { from: string; to: string; type: LinkType; note?: string }): Link {
    if (input.from === input.to) throw new RangeError('An annotation cannot be linked to itself.');
    const now = new Date().toISOString();
    const link = LinkSchema.parse({ ...input, id: randomUUID(), created: now, modified: now });
    this.log.commit({ op: 'link.put', value: link });
    return link;
  }

  updateLink(id: string, patch: { type?: LinkType; note?: string | null }): Link {
    const old = this.log.state.links.get(id);
    if (!old) throw new RangeError(`No link with id ${id}.`);
    const { note: _note, ...rest } = old;
    const note = patch.note === null ? undefined : (patch.note ?? old.note);
    const link = LinkSchema.parse({ ...rest, ...(note ? { note } : {}), type: patch.type ?? old.type, modified: new Date().toISOString() });
    this.log.commit({ op: 'link.put', value: link });
    return link;
  }

  deleteLink(id: string): void {
    if (!this.log.state.links.has(id)) throw new RangeError(`No link with id ${id}.`);
    this.log.commit({ op: 'link.delete', id });
  }

  decisions(): ReadonlyMap<string, EntityDecision> {
    return this.log.state.entities;
  }

  /** Records a decision about an entity (merged with the earlier one); resolves once it is on disk. */
  decide(id: string, change: Partial<Omit<EntityDecision, 'id' | 'modified'>>): EntityDecision {
    const old = this.log.state.entities.get(id) ?? { id, status: 'open' as const, aliases: [] };
    const decision = EntityDecisionSchema.parse({ ...old, ...change, id, modified: new Date().toISOString() });
    this.log.commit({ op: 'entity.put', value: decision });
    return decision;
  }

  claims(): Claim[] {
    return [...this.log.state.claims.values()].sort((a, b) => a.created.localeCompare(b.created));
  }

  putClaim(claim: Claim): void {
    this.log.commit({ op: 'claim.put', value: ClaimSchema.parse(claim) });
  }

  deleteClaim(id: string): void {
    if (!this.log.state.claims.has(id)) throw new RangeError(`No claim with id ${id}.`);
    this.log.commit({ op: 'claim.delete', id });
  }

  /** Writes teammates' links, decisions and claims (team sync) as they are, each checked again and journalled. */
  applyOperations(ops: readonly XrefOperation[]): void {
    for (const op of ops) this.log.commit(XrefOperationSchema.parse(op));
  }

  close(): Promise<void> {
    return this.log.close();
  }
}
