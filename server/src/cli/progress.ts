// Progress on standard error while many files are checked in a terminal: files done of all, the rate, the time
// left, on one line rewritten in place (at most a few times a second), and cleared at the end. Nothing when the
// stream is not a terminal (a pipe, a file, CI logs) or with --no-progress.
import type { Lang } from '../core';

/** Below this many files a run is over before a line would help. */
const MIN_FILES = 20;
const EVERY_MS = 250;

export interface ProgressSink {
  write(text: string): void;
  /** Whether it is a terminal, and how wide. */
  isTTY?: boolean;
  columns?: number;
}

export class Progress {
  private lastDraw = -Infinity;
  private shown = false;
  private readonly started: number;

  constructor(private readonly sink: ProgressSink, private readonly total: number, private readonly lang: Lang, private readonly now: () => number = Date.now) {
    this.started = now();
  }

  /** Whether a line is drawn at all for this run. */
  static wanted(sink: ProgressSink, total: number, disabled: boolean): boolean {
    return !disabled && !!sink.isTTY && total >= MIN_FILES;
  }

  /** `done` files of the total are checked. */
  update(done: number): void {
    const t = this.now();
    if (t - this.lastDraw < EVERY_MS && done < this.total) return;
    this.lastDraw = t;
    this.draw(this.line(done, (t - this.started) / 1000));
  }

  /** The line for `done` files after `seconds`: 120/1000 files · 35 files/s · about 25 s left. */
  line(done: number, seconds: number): string {
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.ceil((this.total - done) / rate) : undefined;
    const zh = this.lang === 'zh';
    const parts = [zh ? `已检查 ${done}/${this.total} 个文件` : `${done}/${this.total} files checked`];
    if (rate > 0) parts.push(zh ? `每秒 ${rate.toFixed(rate < 10 ? 1 : 0)} 个` : `${rate.toFixed(rate < 10 ? 1 : 0)} files/s`);
    if (left !== undefined && done < this.total) parts.push(zh ? `约剩 ${duration(left, zh)}` : `about ${duration(left, zh)} left`);
    return parts.join(' · ');
  }

  /** Clears the line: the output that follows starts on a clean line. */
  end(): void {
    if (this.shown) this.sink.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(line: string): void {
    // Cut to the terminal's width: a wrapped line would not be rewritten in place.
    const width = Math.max(20, (this.sink.columns ?? 80) - 1);
    this.sink.write(`\r\x1b[2K${line.length > width ? line.slice(0, width) : line}`);
    this.shown = true;
  }
}

function duration(seconds: number, zh: boolean): string {
  if (seconds < 60) return zh ? `${seconds} 秒` : `${seconds} s`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return zh ? `${m} 分 ${s} 秒` : `${m} min ${s} s`;
}
