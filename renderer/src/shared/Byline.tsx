import { Fragment } from 'react';

interface Item { interviewee?: string; interviewer?: string; date?: string; place?: string; path?: string }

/**
 * "Interviewee · interviewed by Interviewer · date": each name isolated with <bdi> so a Persian
 * name does not reorder the English words and the date around it.
 */
export function Byline({ item, withPlace = false, withPath = false }: { item: Item; withPlace?: boolean; withPath?: boolean }) {
  const parts = [
    item.interviewee && <bdi>{item.interviewee}</bdi>,
    item.interviewer && <>interviewed by <bdi>{item.interviewer}</bdi></>,
    item.date && <bdi>{item.date}</bdi>,
    withPlace && item.place && <bdi>{item.place}</bdi>,
    withPath && item.path && <bdi>{item.path}</bdi>,
  ].filter(Boolean);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' · '}
          {part}
        </Fragment>
      ))}
    </>
  );
}
