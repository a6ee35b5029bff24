// After a write commits: this process drops its treaty snapshots at once (the
// data revision bumped in the transaction tells other instances within a
// second, lib/data/treaty-snapshots.ts). Cached pages follow the data stamp
// (lib/cache/page-cache-handler.ts).
import { invalidateTreatySnapshots } from "../data/treaty-snapshots";

export function invalidatesAfterWrite(): void {
  invalidateTreatySnapshots();
}
