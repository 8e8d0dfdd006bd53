// Complaint ids: ULIDs (time first, so ids sort by creation), made with `ulid` and a random
// source that takes its bytes from a pooled buffer. Without one, `ulid` looks for the platform's
// random source at every call and asks it for one byte per character, a typed array each: for
// the thousands of complaints a team pull writes, the worker's largest single allocation (10 MB
// in a pull of 5,000 changes), collected while a search waited.
import { ulid } from 'ulid';

const POOL = 4_096;
const pool = new Uint8Array(POOL);
let at = POOL;

/** A uniform number in [0, 1) from one cryptographically random byte, as `ulid`'s own source gives. */
function randomFraction(): number {
  if (at === POOL) {
    crypto.getRandomValues(pool);
    at = 0;
  }
  return (pool[at++] as number) / 256;
}

/** A new complaint id for a complaint made at `time` (ms). */
export function complaintId(time?: number): string {
  return ulid(time, randomFraction);
}
