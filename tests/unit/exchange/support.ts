import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workspace } from '../../../main/workspace';
import { readQdpx } from '../../../main/exchange/qdpx/importProject';
import { codePointMap } from '../../../main/exchange/qdpx/codepoints';

export const refiDir = resolve(__dirname, '../../../../shared/data/refi-qda');
export const projectXsd = join(refiDir, 'Project-mrt2019.xsd');
export const hasRefi = existsSync(projectXsd);
export const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
export const sampleArchive = resolve(__dirname, '../../../archive');

const opened: { ws: Workspace; base: string }[] = [];

/** An archive in a temp folder: a copy of `from` (or empty), opened as a workspace and indexed. */
export async function openArchive(from?: string, extra?: (root: string) => void): Promise<{ ws: Workspace; root: string }> {
  const base = mkdtempSync(join(tmpdir(), 'testimony-exchange-'));
  const root = join(base, 'archive');
  if (from) cpSync(from, root, { recursive: true });
  else mkdirSync(root, { recursive: true });
  extra?.(root);
  const ws = await Workspace.open(root, { userDataDir: join(base, 'user-data') });
  await ws.ready;
  opened.push({ ws, base });
  return { ws, root };
}

export async function closeArchives(): Promise<void> {
  for (const { ws, base } of opened.splice(0)) {
    await ws.close();
    rmSync(base, { recursive: true, force: true });
  }
}

/** Validates XML against an XSD with xmllint; returns its complaint, or undefined when valid. */
export function xmllint(xml: string, xsd: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-xmllint-'));
  const file = join(dir, 'doc.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What a .qdpx says, independent of GUIDs and order: code paths with colour and description,
 * codings as (source, quoted text, code-point start/end, code paths), notes, variables.
 */
export async function summarise(qdpx: Buffer) {
  const { project } = await readQdpx(qdpx);
  const byGuid = new Map(project.codes.map((c) => [c.guid, c]));
  const path = (guid: string): string => {
    const c = byGuid.get(guid);
    return c ? (c.parentGuid ? `${path(c.parentGuid)}/${c.name}` : c.name) : `?${guid}`;
  };
  const notes = new Map(project.notes.map((n) => [n.guid, n.text]));
  return {
    codes: project.codes.map((c) => `${path(c.guid)} ${c.color ?? ''} ${c.codable} ${c.description ?? ''}`).sort(),
    codings: project.sources.flatMap((s) => {
      const points = codePointMap(s.text);
      return s.selections.map((sel) => JSON.stringify([s.name, s.text.slice(sel.start, sel.end), points.toPoint(sel.start), points.toPoint(sel.end), sel.codes.map(path).sort(), sel.description ?? '', sel.notes.map((n) => notes.get(n)).sort()]));
    }).sort(),
    notes: project.notes.map((n) => `${n.title}: ${n.text}`).sort(),
    variables: project.sources.map((s) => JSON.stringify([s.name, s.meta])).sort(),
  };
}

/**
 * The codebook schema (spec §5.2) exists only as text in the specification PDF: cut it out with
 * pdftotext for the test, dropping page furniture and mending the hyphen the line break ate.
 */
export function codebookXsd(): string | undefined {
  const pdf = join(refiDir, 'REFI-QDA-1-5.pdf');
  if (!existsSync(pdf)) return undefined;
  let text: string;
  try {
    text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
  const from = text.indexOf('<?xml', text.indexOf('5.2 XML Schema for REFI-QDA codebook exchange', text.indexOf('5.2 XML Schema for REFI-QDA codebook exchange') + 1));
  const to = text.indexOf('</xsd:schema>', from) + '</xsd:schema>'.length;
  const schema = text.slice(from, to).split('\n').filter((l) => !/^\s*(\d+|REFI-QDA)?\s*$/.test(l)).join('\n').replace('[09a-fA-F]', '[0-9a-fA-F]');
  const file = join(mkdtempSync(join(tmpdir(), 'testimony-qdc-xsd-')), 'Codebook.xsd');
  writeFileSync(file, schema);
  return file;
}
