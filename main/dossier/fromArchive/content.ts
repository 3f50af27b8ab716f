/**
 * What the dossier builder reads from an archive. A narrow port, so the builder can be tested on
 * any archive and stays free of the hosts; `workspaceContent` adapts an open Workspace to it.
 */
import type { Interview } from '../../library/types';
import type { Code, Memo } from '../../annotations/model';
import type { LinkType } from '../model';

/** An annotation placed on its interview's current text (start/end absent when it lost its anchor). */
export interface PlacedAnnotation {
  id: string;
  interviewId: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  note?: string;
  codes: string[];
}

/** Where a query matched: an interview (in rank order) and the character spans of its hits. */
export interface QueryMatch {
  interviewId: string;
  spans: { start: number; end: number }[];
}

export interface ArchiveContent {
  interview(id: string): Interview | undefined;
  /** Interview ids in the archive's listing order. */
  interviewIds(): string[];
  /** Every annotation, or those with the code or one of its sub-codes. */
  annotations(filter?: { codeId?: string }): PlacedAnnotation[];
  codes(): Code[];
  memos(): Memo[];
  /** Interviews that match, best first, each with every hit span. */
  search(query: string): Promise<QueryMatch[]>;
  /** Cross-references, where the archive has them: links print as "see p. N", entities make the index. */
  xref?: CrossReferences;
}

export interface CrossReferences {
  linksFrom(annotationId: string): { type: LinkType; targetAnnotationId: string; note?: string }[];
  /** Names of the people, places and organisations mentioned in a span of an interview. */
  entitiesIn(interviewId: string, start: number, end: number): string[];
  /** Claims grouped by what they are about, each group by date. */
  claimGroups(): Array<{ what: string; conflict: boolean; claims: Array<{ id: string; value: string; unit?: string; asOf?: string; source: string; interviewId: string; start: number; end: number }> }>;
  /** Every person, place and organisation with its aliases: the index looks for them on each page. */
  names(): Array<{ name: string; aliases: string[] }>;
  /** An entity's name and every place it is named, or undefined when it is unknown. */
  mentionsOf(entityId: string): { name: string; mentions: Array<{ interviewId: string; start: number; end: number }> } | undefined;
}
