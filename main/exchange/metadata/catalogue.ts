/**
 * Catalogue metadata for many files at once: a CSV export beside them (one row per file, as
 * Omeka, CollectionBuilder or an OHMS export write it) read through a column mapping the
 * researcher confirmed once. The mappings are saved with the archive in
 * <dataDir>/catalogues.json; the CSV stays the researcher's file, read and never written.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { writeFileDurably } from '../../annotations/store/snapshot';
import { parseDate, languageCode } from '../../library/metadata';
import { ExchangeError } from '../errors';
import type { MetadataFields } from './fields';
import { cataloguesFile } from './layersPresent';

export const CATALOGUE_FIELDS = ['file', 'title', 'interviewee', 'interviewer', 'date', 'place', 'language', 'tags', 'publisher', 'rights', 'url'] as const;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

export const CatalogueMappingSchema = z.object({
  /** The CSV, relative to the archive, forward slashes. */
  csv: z.string().min(1).max(1000),
  /** Column name → the field it fills ('file' names the interview file the row is about). */
  columns: z.record(z.string().max(300), z.enum(CATALOGUE_FIELDS)),
  confirmed: z.string(),
});
export type CatalogueMapping = z.infer<typeof CatalogueMappingSchema>;

const FileSchema = z.object({ format: z.literal('testimony-catalogues'), version: z.literal(1), catalogues: z.array(CatalogueMappingSchema) });
const MAX_CSV_BYTES = 50 * 1024 * 1024;

/** Words in column headers that say which field a column fills (Dublin Core, CollectionBuilder, OHMS). */
const HINTS: [CatalogueField, RegExp][] = [
  ['file', /^(file ?name|file|filename|objectid|object id|identifier|transcript file|source file|path)$/],
  ['title', /^(title|interview title)$/],
  ['interviewee', /^(interviewee|narrator|creator|subject name|interviewee name)$/],
  ['interviewer', /^(interviewer|interviewers|contributor|interviewer name)$/],
  ['date', /^(date|interview date|date of interview|created|date created)$/],
  ['place', /^(place|location|coverage|spatial|interview location|city)$/],
  ['language', /^(language|lang)$/],
  ['tags', /^(tags|subject|subjects|keywords|keyword)$/],
  ['publisher', /^(publisher|source|collection|repository|is part of)$/],
  ['rights', /^(rights|rights statement|rightsstatement|license|licence|usage statement)$/],
  ['url', /^(url|link|uri|reference url|permalink)$/],
];

/** "Dublin Core:Title" → "title"; "Item Type Metadata:Interviewee" → "interviewee". */
const bare = (header: string): string => header.replace(/^.*:/, '').replace(/[_-]+/g, ' ').trim().toLowerCase();

export function suggestMapping(headers: string[]): Record<string, CatalogueField> {
  const out: Record<string, CatalogueField> = {};
  const taken = new Set<CatalogueField>();
  for (const [field, pattern] of HINTS) {
    const header = headers.find((h) => !(h in out) && pattern.test(bare(h)));
    if (header === undefined || taken.has(field)) continue;
    out[header] = field;
    taken.add(field);
  }
  return out;
}

export function readCatalogueCsv(absPath: string): { headers: string[]; rows: Record<string, string>[] } {
  if (!existsSync(absPath) || !statSync(absPath).isFile()) throw new ExchangeError('That catalogue file does not exist in the archive.');
  if (statSync(absPath).size > MAX_CSV_BYTES) throw new ExchangeError('That catalogue is larger than 50 MB; split it into one per folder.');
  let rows: string[][];
  try {
    rows = parse(readFileSync(absPath, 'utf8'), { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    throw new ExchangeError(`That catalogue is not a readable CSV table (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'}).`);
  }
  const headers = (rows[0] ?? []).map((h) => h.trim());
  return { headers, rows: rows.slice(1).map((r) => Object.fromEntries(headers.map((h, i) => [h, (r[i] ?? '').trim()]))) };
}

/** The metadata a row gives, through the mapping; the key of the file it is about. */
export function rowFields(row: Record<string, string>, columns: CatalogueMapping['columns']): { file?: string; fields: MetadataFields } {
  const fields: MetadataFields = {};
  let file: string | undefined;
  for (const [column, field] of Object.entries(columns)) {
    const value = row[column]?.trim();
    if (!value) continue;
    if (field === 'file') file = value;
    else if (field === 'tags') fields.tags = value.split(/[;|,]/).map((t) => t.trim()).filter(Boolean);
    else if (field === 'date') {
      const date = parseDate(value);
      if (date) fields.date = date;
    } else if (field === 'language') fields.language = languageCode(value) ?? value.slice(0, 35);
    else fields[field] = value.slice(0, 2000);
  }
  return { file, fields };
}

/** The interview files a row key can mean: "hohp004", "hohp004.csv" or "sub/hohp004.csv", relative to the CSV's folder. */
export function keysFor(interviewPath: string, csvPath: string): string[] {
  const dir = path.posix.dirname(csvPath);
  const rel = dir === '.' ? interviewPath : interviewPath.startsWith(`${dir}/`) ? interviewPath.slice(dir.length + 1) : undefined;
  if (rel === undefined) return [];
  const base = path.posix.basename(rel);
  return [...new Set([rel, base, base.replace(/\.[^.]+$/, '')])].map((k) => k.normalize('NFC').toLowerCase());
}

export class CatalogueStore {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = cataloguesFile(dataDir);
  }

  list(): CatalogueMapping[] {
    if (!existsSync(this.file)) return [];
    try {
      return FileSchema.parse(JSON.parse(readFileSync(this.file, 'utf8'))).catalogues;
    } catch {
      return [];
    }
  }

  save(mapping: CatalogueMapping): void {
    const next = [...this.list().filter((c) => c.csv !== mapping.csv), CatalogueMappingSchema.parse(mapping)];
    writeFileDurably(this.file, `${JSON.stringify({ format: 'testimony-catalogues', version: 1, catalogues: next }, null, 1)}\n`);
  }

  remove(csv: string): boolean {
    const all = this.list();
    const next = all.filter((c) => c.csv !== csv);
    if (next.length === all.length) return false;
    writeFileDurably(this.file, `${JSON.stringify({ format: 'testimony-catalogues', version: 1, catalogues: next }, null, 1)}\n`);
    return true;
  }
}
