import type { InterviewFormat } from '../types';
import { readCsv } from './csv';
import { readDocx } from './docx';
import { readEaf } from './eaf';
import { readHtml } from './html';
import { readMd } from './md';
import { readOhms } from './ohms';
import { readOtr } from './otr';
import { readPdf } from './pdf';
import type { Reader } from './reader';
import { readTextGrid } from './textgrid';
import { readTrs } from './trs';
import { readTxt } from './txt';
import { readSubtitles } from './vtt';

export type { Reader, ReaderInput, ReaderOutput } from './reader';

/** The reader for each format. */
export const readers: Record<InterviewFormat, Reader> = {
  txt: readTxt,
  md: readMd,
  html: readHtml,
  docx: readDocx,
  pdf: readPdf,
  vtt: readSubtitles,
  srt: readSubtitles,
  ohms: readOhms,
  csv: readCsv,
  textgrid: readTextGrid,
  eaf: readEaf,
  trs: readTrs,
  otr: readOtr,
};
