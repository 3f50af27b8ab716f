/**
 * What a REFI-QDA project carries, in Testimony's terms: the plain data an export is built from
 * and an import produces. Offsets here are UTF-16 (engine units); the XML layer converts.
 */
import type { InterviewMeta } from '../../library/types';

export interface ExchangeUser {
  guid: string;
  name: string;
}

export interface ExchangeCode {
  guid: string;
  name: string;
  parentGuid?: string;
  color?: string;
  description?: string;
  /** False for a category that only groups codes (isCodable="false" in other tools). */
  codable: boolean;
}

export interface ExchangeNote {
  guid: string;
  title: string;
  text: string;
  creator?: string;
  created?: string;
}

export interface ExchangeSelection {
  guid: string;
  start: number;
  end: number;
  codes: string[];
  /** Free text on the selection itself (Testimony: the note of an annotation without codes). */
  description?: string;
  notes: string[];
  creator?: string;
  created?: string;
  modified?: string;
}

/** Interview metadata as exchanged: the InterviewMeta fields plus the editable extras. */
export type ExchangeMeta = Partial<InterviewMeta> & { tags?: string[]; publisher?: string; rights?: string; url?: string; extra?: Record<string, string> };

export interface ExchangeSource {
  guid: string;
  name: string;
  /** Where the source came from (Testimony: the path in the archive), for currentPath. */
  originalPath?: string;
  text: string;
  selections: ExchangeSelection[];
  notes: string[];
  meta: ExchangeMeta;
}

export interface ExchangeLink {
  guid: string;
  name: string;
  direction: 'Associative' | 'OneWay' | 'Bidirectional';
  from: string;
  to: string;
  notes: string[];
}

export interface ExchangeSet {
  guid: string;
  name: string;
  description?: string;
  sources: string[];
  codes: string[];
}

export interface ExchangeProject {
  name: string;
  origin: string;
  created: string;
  users: ExchangeUser[];
  /** The user who exported (creatingUserGUID of the project). */
  owner: string;
  codes: ExchangeCode[];
  sources: ExchangeSource[];
  notes: ExchangeNote[];
  links: ExchangeLink[];
  sets: ExchangeSet[];
  /** Notes about the project as a whole. */
  projectNotes: string[];
  /** Notes attached to codes: code guid → note guids. */
  codeNotes: Map<string, string[]>;
}
