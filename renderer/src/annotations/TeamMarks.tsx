import type { AnnotationView } from '../../../preload/api';

/** Who made an annotation, and whether teammates changed it differently (a conflict not yet resolved). */
export function TeamMarks({ annotation }: { annotation: AnnotationView }) {
  return (
    <>
      {annotation.inConflict && <span className="conflict-badge" title="Teammates changed this differently: the server's winning version is shown until someone resolves it in the Team view">in conflict</span>}
      {annotation.creator && <span className="annotation-creator">by <bdi>{annotation.creator}</bdi></span>}
    </>
  );
}
