import type { Interview } from '../../../main/library/types';

/** A small interview built directly, without the readers. */
export function interview(id: string, text: string, meta: Partial<Interview> = {}): Interview {
  return {
    id, path: `${id}.txt`, format: 'txt', title: `Interview ${id}`, text,
    passages: [{ start: 0, end: text.length }], hash: `${id}:${text.length}:${text.slice(0, 20)}`,
    words: text.split(/\s+/).length, ...meta,
  };
}
