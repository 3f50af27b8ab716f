import { listsOfRecords, type LogSpec } from '../../annotations/store/spec';
import { XrefRecordSchema, type Claim, type EntityDecision, type Link, type XrefOperation } from './ops';

export interface XrefContents {
  links: Link[];
  /** Absent in snapshots written before entity decisions existed. */
  entities?: EntityDecision[];
  claims?: Claim[];
}

/** Links (indexed by both ends, so either annotation finds them), entity decisions and claims in memory. Replays idempotently. */
export class XrefState {
  readonly links = new Map<string, Link>();
  readonly entities = new Map<string, EntityDecision>();
  readonly claims = new Map<string, Claim>();
  private readonly byAnnotation = new Map<string, Set<string>>();

  static from(contents: XrefContents): XrefState {
    const state = new XrefState();
    for (const link of contents.links) state.putLink(link);
    for (const decision of contents.entities ?? []) state.entities.set(decision.id, decision);
    for (const claim of contents.claims ?? []) state.claims.set(claim.id, claim);
    return state;
  }

  contents(): XrefContents {
    return { links: [...this.links.values()], entities: [...this.entities.values()], claims: [...this.claims.values()] };
  }

  linkIdsOf(annotationId: string): ReadonlySet<string> {
    return this.byAnnotation.get(annotationId) ?? new Set();
  }

  apply(op: XrefOperation): void {
    switch (op.op) {
      case 'link.put': return this.putLink(op.value);
      case 'link.delete': return this.deleteLink(op.id);
      case 'entity.put': this.entities.set(op.value.id, op.value); return;
      case 'claim.put': this.claims.set(op.value.id, op.value); return;
      case 'claim.delete': this.claims.delete(op.id); return;
    }
  }

  private index(annotationId: string, linkId: string, add: boolean): void {
    let ids = this.byAnnotation.get(annotationId);
    if (!ids) this.byAnnotation.set(annotationId, (ids = new Set()));
    if (add) ids.add(linkId);
    else ids.delete(linkId);
  }

  private putLink(link: Link): void {
    this.deleteLink(link.id);
    this.links.set(link.id, link);
    this.index(link.from, link.id, true);
    this.index(link.to, link.id, true);
  }

  private deleteLink(linkId: string): void {
    const old = this.links.get(linkId);
    if (!old) return;
    this.links.delete(linkId);
    this.index(old.from, linkId, false);
    this.index(old.to, linkId, false);
  }
}

export const xrefLog: LogSpec<XrefOperation, XrefState> = {
  format: 'testimony-xref',
  record: XrefRecordSchema,
  empty: () => new XrefState(),
  from(contents) {
    if (!listsOfRecords(contents, ['links'])) throw new Error('contents are not cross-reference links');
    return XrefState.from(contents as XrefContents);
  },
};
