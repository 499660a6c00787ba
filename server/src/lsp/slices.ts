import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import { L } from '../core';
import type { Lang } from '../core';
import { cancelled } from './lifecycle';
import type { OpenReport } from './openReport';

/** How long a slice of work runs before the server reads its messages again. */
const SLICE_MS = 10;

/** Why long work stops: an error to answer its request with, or `stale` for work no request waits for. */
export type Stop = ResponseError<void> | 'stale';

/**
 * Long work (a check, the outline of a whole collection) done a slice at a time: between slices the server reads
 * and answers other messages, so a request for what is on screen is not kept waiting behind it, and a request
 * cancelled, or work made stale, stops at the next slice.
 */
export class Slices {
  private sliceStart = performance.now();

  constructor(private readonly stop: () => Stop | undefined) {}

  /** Before the next piece of work: yields once the slice has run its time; throws the Stop when the work is to stop. */
  async next(): Promise<void> {
    if (performance.now() - this.sliceStart >= SLICE_MS) {
      await new Promise(setImmediate);
      this.sliceStart = performance.now();
    }
    const stop = this.stop();
    if (stop) throw stop;
  }
}

/**
 * The slices of a request on an open document: it stops when the client cancels it (RequestCancelled) or when the
 * document changes under it (ContentModified: its answer would mix two versions).
 */
export function requestSlices(open: OpenReport, token: CancellationToken, lang: () => Lang): Slices {
  const { revision } = open;
  return new Slices(() => {
    if (token.isCancellationRequested) return cancelled(lang());
    if (open.revision !== revision) return new ResponseError(LSPErrorCodes.ContentModified, L(lang(), '文档在请求处理期间已改动', 'The document changed while the request was handled'));
    return undefined;
  });
}
