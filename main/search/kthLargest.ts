/**
 * The k-th largest of `values` (k from 1), by quickselect on a copy: a champion list needs only
 * its cut-off, and sorting every impact of a common word (tens of thousands at 20,000
 * interviews) was most of the list's cost on the first query that used the word.
 */
export function kthLargest(values: Float64Array, k: number): number {
  if (k < 1 || k > values.length) throw new RangeError(`k = ${k} is outside 1..${values.length}`);
  const a = values.slice();
  // The k-th largest is the value at index length - k once the array is sorted ascending.
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = medianOfThree(a[lo] ?? 0, a[(lo + hi) >> 1] ?? 0, a[hi] ?? 0);
    // Hoare partition: [lo, j] <= pivot <= [j + 1, hi].
    let i = lo - 1;
    let j = hi + 1;
    for (;;) {
      do i++;
      while ((a[i] ?? 0) < pivot);
      do j--;
      while ((a[j] ?? 0) > pivot);
      if (i >= j) break;
      const t = a[i] ?? 0;
      a[i] = a[j] ?? 0;
      a[j] = t;
    }
    if (target <= j) hi = j;
    else lo = j + 1;
  }
  return a[target] ?? 0;
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}
