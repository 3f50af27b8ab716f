import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { importQdpx } from '../../../main/exchange/qdpx/importProject';
import { zipFiles } from '../../../main/exchange/qdpx/zip';
import { closeArchives, hasRefi, hasXmllint, openArchive, projectXsd, sampleArchive, xmllint } from './support';

afterAll(closeArchives);

const USER = 'AD68FBE7-E1EE-4A82-A279-23CC698C89EB';
const TEXT = 'Interviewer: When did you arrive?\r\nMabel: In 1994, with my sister 😀. We stayed two years.\r\n\r\nInterviewer: And breakfast?\r\nMabel: Porridge, always porridge.';
const cp = (s: string): number => [...s].length;
const at = (q: string): [number, number] => [cp(TEXT.slice(0, TEXT.indexOf(q))), cp(TEXT.slice(0, TEXT.indexOf(q))) + cp(q)];

/** A project as other tools write it: upper-case GUIDs, a category (isCodable="false") with nested codes, users, a PDF and a picture. */
function otherToolProject(): string {
  const [s1, e1] = at('In 1994, with my sister 😀.');
  const [s2, e2] = at('Porridge, always porridge.');
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Breakfast study" origin="Another QDA tool 3.1" creatingUserGUID="${USER}" creationDateTime="2018-03-27T18:01:07Z">
  <Users><User guid="${USER}" name="Jane Coder"/><User guid="{11111111-2222-3333-4444-555555555555}" name="Second Coder"/></Users>
  <CodeBook><Codes>
    <Code guid="E3AABCC1-84E7-48D4-B059-50FF914ED1E2" name="Breakfast food" isCodable="false" color="#46AA00">
      <Description>the foods people might eat for breakfast</Description>
      <Code guid="AE6D04CE-D987-4FC8-AF97-D72CA6FFD08F" name="porridge" isCodable="true" color="#DC0"/>
      <Code guid="F9C6EAC0-8A66-4757-9D8A-9A6C8FEA3C44" name="Family" isCodable="true">
        <Code guid="85D17F60-7BB0-481E-B742-B4861DD669DF" name="Sisters" isCodable="true" color="#463CC8"/>
      </Code>
    </Code>
  </Codes></CodeBook>
  <Variables><Variable guid="0A1B2C3D-0000-4000-8000-000000000001" name="Narrator" typeOfVariable="Text"/><Variable guid="0A1B2C3D-0000-4000-8000-000000000002" name="Age" typeOfVariable="Integer"/></Variables>
  <Cases><Case guid="0A1B2C3D-0000-4000-8000-0000000000CA" name="Mabel">
    <VariableValue><VariableRef targetGUID="0A1B2C3D-0000-4000-8000-000000000001"/><TextValue>Mabel Jones</TextValue></VariableValue>
    <VariableValue><VariableRef targetGUID="0A1B2C3D-0000-4000-8000-000000000002"/><IntegerValue>34</IntegerValue></VariableValue>
    <SourceRef targetGUID="EC0A7242-65E1-457C-B7D1-310DAE603FAB"/>
  </Case></Cases>
  <Sources>
    <TextSource guid="EC0A7242-65E1-457C-B7D1-310DAE603FAB" name="Mabel.docx" plainTextPath="internal://B2F54555-0D2D-43B2-B40C-2A1C048F5F1C.txt" richTextPath="internal://3CD739AF-80D7-402D-A836-BE292887E147.docx" creatingUser="${USER}">
      <PlainTextSelection guid="2F24EA88-C6A7-482B-8F89-893EF66D7A21" name="In 1994" startPosition="${s1}" endPosition="${e1}" creatingUser="{11111111-2222-3333-4444-555555555555}" creationDateTime="2018-03-27T19:04:19Z">
        <Coding guid="2284BF5B-8F78-45B6-A6EF-A128D991408B" creatingUser="${USER}"><CodeRef targetGUID="85D17F60-7BB0-481E-B742-B4861DD669DF"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="B49D7982-BB8E-4335-80AF-DC869CCC3F45" startPosition="${s2}" endPosition="${e2}">
        <Description>Mabel is not the only one who eats porridge!</Description>
        <Coding guid="89B9918E-4209-4FE0-BEA0-0C7FF56D67A4"><CodeRef targetGUID="AE6D04CE-D987-4FC8-AF97-D72CA6FFD08F"/><NoteRef targetGUID="C0FFEE00-0000-4000-8000-00000000000A"/></Coding>
      </PlainTextSelection>
      <NoteRef targetGUID="C0FFEE00-0000-4000-8000-00000000000B"/>
    </TextSource>
    <PDFSource guid="AE5298BE-7C94-4B66-8A9C-51FBE232D2F5" name="Menu.pdf" path="internal://D32251E3-04A0-4E0C-87A1-46AC68021F21.pdf">
      <PDFSelection guid="63E009F1-5C33-4568-B65D-53A7E28BDBC1" page="1" firstX="10" firstY="10" secondX="90" secondY="90"/>
    </PDFSource>
    <PictureSource guid="02255470-09E6-400B-9E20-97D71FBEC65D" name="cornflakes-n-milk.jpg" path="internal://87EAD86F-3112-4537-8A01-01427CAE1C6D.jpg">
      <PictureSelection guid="0F8A1907-7E42-4739-8610-A676B4D1B69F" firstX="1" firstY="2" secondX="30" secondY="40"/>
    </PictureSource>
  </Sources>
  <Notes>
    <Note guid="C0FFEE00-0000-4000-8000-00000000000A" name="Coding note"><PlainTextContent>Porridge again.</PlainTextContent></Note>
    <Note guid="C0FFEE00-0000-4000-8000-00000000000B" name="About Mabel" creatingUser="${USER}"><PlainTextContent>A single mum with two children.</PlainTextContent></Note>
    <Note guid="C0FFEE00-0000-4000-8000-00000000000C" name="Loose note"><PlainTextContent>Nobody refers to me.</PlainTextContent></Note>
  </Notes>
  <Sets><Set guid="5E7A0000-0000-4000-8000-000000000001" name="Mothers"><MemberSource targetGUID="EC0A7242-65E1-457C-B7D1-310DAE603FAB"/></Set></Sets>
</Project>
`;
}

async function otherToolQdpx(qde = otherToolProject()): Promise<Buffer> {
  return zipFiles(new Map<string, string>([
    ['project.qde', qde],
    ['Sources/B2F54555-0D2D-43B2-B40C-2A1C048F5F1C.txt', TEXT],
    ['Sources/3CD739AF-80D7-402D-A836-BE292887E147.docx', 'not really a docx'],
  ]));
}

function snapshot(root: string, ws: Awaited<ReturnType<typeof openArchive>>['ws']) {
  return JSON.stringify([readdirSync(root, { recursive: true }).filter((f) => !String(f).startsWith('.testimony')).sort(), ws.annotations.store.listAnnotations().length, ws.annotations.store.listCodes().length, ws.annotations.store.listMemos().length]);
}

describe('importing a .qdpx written by another tool', () => {
  it.skipIf(!hasRefi || !hasXmllint)('the fixture is valid REFI-QDA by xmllint (so the test is about the conventions, not a broken file)', () => {
    expect(xmllint(otherToolProject(), projectXsd)).toBeUndefined();
  });

  it('imports upper-case GUIDs, nested codes under a category, users, case variables, codings at code-point positions, notes; lists what it cannot hold', async () => {
    const { ws, root } = await openArchive();
    const report = await importQdpx(ws, await otherToolQdpx());
    expect(report).toMatchObject({ sources: 1, codes: 4, codings: 2, notes: 3 });
    const store = ws.annotations.store;
    expect(store.listCodes().map((c) => store.codePath(c.id))).toEqual(['Breakfast food', 'Breakfast food/Family', 'Breakfast food/Family/Sisters', 'Breakfast food/porridge']);
    expect(store.getCode('ae6d04ce-d987-4fc8-af97-d72ca6ffd08f')?.color).toBe('#ddcc00');
    const [interview] = ws.list();
    expect(interview).toMatchObject({ title: 'Mabel.docx', interviewee: 'Mabel Jones', path: 'imported/Breakfast study/Mabel.txt' });
    expect(ws.interview(interview!.id).extra).toEqual({ Age: '34' });
    // The text is kept verbatim (CRLF and all), so the other tool's positions land on the same words.
    expect(readFileSync(join(root, 'imported/Breakfast study/Mabel.txt'), 'utf8')).toBe(TEXT);
    const quotes = ws.annotations.list({}).map((a) => [a.quote, a.codes.map((c) => store.codePath(c)), a.note ?? '']);
    expect(quotes).toEqual([
      ['In 1994, with my sister 😀.', ['Breakfast food/Family/Sisters'], ''],
      ['Porridge, always porridge.', ['Breakfast food/porridge'], 'Mabel is not the only one who eats porridge!\n\nPorridge again.'],
    ]);
    expect(store.listMemos().map((m) => [m.title, m.attachedTo.kind])).toEqual([['About Mabel', 'interview'], ['Loose note', 'project']]);
    const skipped = report.skipped.map((s) => s.what).join(' | ');
    expect(skipped).toMatch(/\b\d+ region selections? in the PDF “Menu\.pdf”/);
    expect(skipped).toMatch(/the picture “cornflakes-n-milk\.jpg” and its 1 selection(?!s)/);
    expect(skipped).toContain('the set “Mothers”');
    expect(skipped).toContain('the formatted copy of “Mabel.docx”');
    const exchange = JSON.parse(readFileSync(join(ws.dataDir, 'exchange.json'), 'utf8')) as { users: { name: string }[]; categories: string[]; creators: Record<string, string> };
    expect(exchange.users.map((u) => u.name).sort()).toEqual(['Jane Coder', 'Second Coder']);
    expect(exchange.categories).toEqual(['e3aabcc1-84e7-48d4-b059-50ff914ed1e2']);
    expect(exchange.creators['2f24ea88-c6a7-482b-8f89-893ef66d7a21']).toBe('11111111-2222-3333-4444-555555555555');
  });

  it('a second import of the same project reuses the files and adds nothing twice', async () => {
    const { ws, root } = await openArchive();
    await importQdpx(ws, await otherToolQdpx());
    const before = snapshot(root, ws);
    await importQdpx(ws, await otherToolQdpx());
    expect(snapshot(root, ws)).toBe(before);
  });
});

describe('importing a project again after a colleague changed it', () => {
  it('keeps every annotation of this archive as it was and adds the changed ones beside them, with no confirmation asked', async () => {
    const { ws } = await openArchive();
    await importQdpx(ws, await otherToolQdpx());
    const mine = ws.annotations.store.listAnnotations();
    // Their later version: one selection re-described, the other coded otherwise, so a replace
    // would overwrite every annotation of ours.
    const changed = otherToolProject()
      .replace('Mabel is not the only one who eats porridge!', 'Everyone in the home ate porridge.')
      .replace('<CodeRef targetGUID="85D17F60-7BB0-481E-B742-B4861DD669DF"/>', '<CodeRef targetGUID="F9C6EAC0-8A66-4757-9D8A-9A6C8FEA3C44"/>');
    await importQdpx(ws, await otherToolQdpx(changed));
    const after = ws.annotations.store.listAnnotations();
    for (const a of mine) expect(after.find((b) => b.id === a.id)).toEqual(a);
    const added = after.filter((b) => !mine.some((a) => a.id === b.id));
    expect(added).toHaveLength(2);
    expect(added.map((a) => a.note ?? '').join(' ')).toContain('Everyone in the home ate porridge.');
  });
});

/** Replaces an entry name inside a built ZIP (local header and central directory), same length. */
function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  expect(to.length).toBe(from.length);
  const out = Buffer.from(zip);
  for (let i = out.indexOf(from); i >= 0; i = out.indexOf(from, i + 1)) out.write(to, i, 'latin1');
  return out;
}

async function bomb(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(otherToolProject()), 'project.qde');
  zip.addBuffer(Buffer.alloc(60 * 1024 * 1024), 'sources/B2F54555-0D2D-43B2-B40C-2A1C048F5F1C.txt', { compress: true });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

describe('bad packages get a clear message and change nothing', () => {
  const xxe = otherToolProject().replace('<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace('name="Breakfast study"', 'name="&x;"');
  const invalid = otherToolProject().replace('startPosition="', 'startPosition="twelve" data-x="');
  const cases: [string, () => Promise<Buffer>, RegExp][] = [
    ['not a ZIP', async () => Buffer.from('%PDF-1.7 hello'), /not a REFI-QDA project: a \.qdpx file is a ZIP package/],
    ['a ZIP without project.qde', () => zipFiles(new Map([['readme.txt', 'hi']])), /has no project\.qde/],
    ['a zip bomb', bomb, /zip bomb/],
    ['path traversal in an entry name', async () => renameEntry(await otherToolQdpx(), 'Sources/3CD739AF-80D7-402D-A836-BE292887E147.docx', '../../../../../../../../../../../../../home/x.docx'.padEnd(49, 'x').slice(0, 49)), /path-traversal/],
    ['XML with an external entity (XXE)', () => otherToolQdpx(xxe), /DOCTYPE or entities.*XXE/],
    ['malformed XML', () => otherToolQdpx(otherToolProject().replace('</Sources>', '')), /not well-formed XML/],
    ['a schema-invalid project', () => otherToolQdpx(invalid), /does not follow the REFI-QDA schema/],
  ];
  for (const [what, make, message] of cases) {
    it(what, async () => {
      const { ws, root } = await openArchive(sampleArchive);
      const before = snapshot(root, ws);
      await expect(importQdpx(ws, await make())).rejects.toThrow(message);
      expect(snapshot(root, ws)).toBe(before);
    });
  }

  it.skipIf(!hasRefi || !hasXmllint)('the import rejects what xmllint rejects, and accepts what it accepts (agreement on hand-made variants)', async () => {
    const base = otherToolProject();
    // Half of them break the schema in different ways; the first is valid.
    const variants: string[] = [
      base,
      base.replace('startPosition="', 'startPosition="twelve" x="').replace(' x="', ' endPosition2="'),
      base.replace('isCodable="false" ', ''),
      base.replace('color="#46AA00"', 'color="green"'),
      base.replace('guid="AE6D04CE-D987-4FC8-AF97-D72CA6FFD08F"', 'guid="not-a-guid"'),
      base.replace('<Users>', '<Sources/><Users>'),
      base.replace('<TextValue>Mabel Jones</TextValue>', '<TextValue>Mabel Jones</TextValue><TextValue>Twice</TextValue>'),
      base.replace('<IntegerValue>34</IntegerValue>', '<IntegerValue>thirty-four</IntegerValue>'),
      base.replace('creationDateTime="2018-03-27T18:01:07Z"', 'creationDateTime="27 March 2018"'),
      base.replace('<Description>the foods', '<Unknown/><Description>the foods'),
      base.replace('typeOfVariable="Text"', 'typeOfVariable="String"'),
      base.replace('<CodeRef targetGUID="85D17F60-7BB0-481E-B742-B4861DD669DF"/>', ''),
      base.replace('name="Mothers"', ''),
    ];
    for (const [variant, xml] of variants.entries()) {
      const lint = xmllint(xml, projectXsd);
      const { ws } = await openArchive();
      const ours = await importQdpx(ws, await otherToolQdpx(xml)).then(() => undefined, (e: Error) => e.message);
      expect({ variant, valid: ours === undefined }).toEqual({ variant, valid: lint === undefined });
    }
  });
});
