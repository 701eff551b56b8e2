import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

let cached: number | undefined;

/**
 * The CPUs this process may really use: the ones it may run on, and no more than a container's
 * CPU quota (cgroup v2 `cpu.max`, or v1 `cpu.cfs_quota_us`), which Node.js does not count. A CI
 * container limited to 2 CPUs on a 64-CPU host would otherwise start 64 threads.
 */
export function usableCpus(): number {
  cached ??= Math.max(1, Math.min(availableParallelism(), cgroupQuota() ?? Infinity));
  return cached;
}

function cgroupQuota(): number | undefined {
  const v2 = small('/sys/fs/cgroup/cpu.max')?.trim().split(/\s+/);
  if (v2 && v2[0] !== 'max' && Number(v2[0]) > 0 && Number(v2[1]) > 0) return Math.ceil(Number(v2[0]) / Number(v2[1]));
  const quota = Number(small('/sys/fs/cgroup/cpu/cpu.cfs_quota_us'));
  const period = Number(small('/sys/fs/cgroup/cpu/cpu.cfs_period_us'));
  return quota > 0 && period > 0 ? Math.ceil(quota / period) : undefined;
}

/** A short kernel file, or undefined (these files are tiny; read at most 256 bytes). */
function small(path: string): string | undefined {
  try {
    return readFileSync(path, { encoding: 'utf8', flag: 'r' }).slice(0, 256);
  } catch {
    return undefined;
  }
}
