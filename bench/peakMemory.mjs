// The process's resident memory and its high-water mark, for the memory bench (part 16): a part resets the mark once
// its input is made, and reads the peak after the work it measures (a sampling timer would not run while the work
// holds the thread).
import * as fs from 'node:fs';

/** The RSS and its high-water mark, in bytes (Linux); the high-water mark is undefined elsewhere. */
export function memory() {
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)[1]) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: process.memoryUsage().rss, hwm: undefined };
  }
}

/** Resets the high-water mark to the current RSS; whether it could (Linux only). */
export function resetPeak() {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The peak RSS since the reset, in bytes. Without a high-water mark to reset, the process's own peak (which
 * includes making the input) is the bound.
 */
export function peakSince(resettable) {
  const after = memory();
  return resettable && after.hwm !== undefined ? after.hwm : Math.max(after.rss, process.resourceUsage().maxRSS * 1024);
}
