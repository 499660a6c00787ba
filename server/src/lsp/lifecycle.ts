import { ErrorCodes, LSPErrorCodes, Message, ResponseError } from 'vscode-languageserver/node';
import type { ConnectionStrategy, MessageStrategy, MessageWriter, RequestMessage, ResponseMessage } from 'vscode-languageserver/node';
import { L } from '../core';
import type { Lang } from '../core';

/** What a message handler gives back: nothing, or the promise of its end. */
type NotificationResult = void | Promise<void>;

type State = 'new' | 'running' | 'shut down';

/**
 * The LSP lifecycle, kept before any handler sees a message: until `initialize`, a request is answered with
 * ServerNotInitialized and a notification dropped; after `shutdown`, a request is answered with InvalidRequest and a
 * notification dropped. `exit` always gets through (the library then exits with 0 after shutdown, 1 without).
 */
export class Lifecycle implements MessageStrategy {
  private state: State = 'new';

  /** `lang`: the language of the server's messages, known once initialized. */
  constructor(private readonly writer: MessageWriter, private readonly lang: () => Lang = () => 'zh') {}

  get shutDown(): boolean {
    return this.state === 'shut down';
  }

  handleMessage(message: Message, next: (message: Message) => NotificationResult): NotificationResult {
    if (Message.isRequest(message)) return this.request(message, next);
    if (Message.isNotification(message) && message.method !== 'exit' && this.state !== 'running') return;
    return next(message);
  }

  /** A request cancelled before it ran is answered so, without running it. */
  readonly connectionStrategy: ConnectionStrategy = {
    cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as RequestMessage).id, error: cancelled(this.lang()).toJson() }),
  };

  private request(message: RequestMessage, next: (message: Message) => NotificationResult): NotificationResult {
    const lang = this.lang();
    if (message.method === 'initialize') {
      if (this.state !== 'new') return this.refuse(message, ErrorCodes.InvalidRequest, L(lang, '服务器已初始化：initialize 只能发送一次', 'The server is initialized already: initialize is sent once'));
      this.state = 'running';
    } else if (this.state === 'new') {
      return this.refuse(message, ErrorCodes.ServerNotInitialized, L(lang, `服务器尚未初始化：${message.method} 须在 initialize 之后发送`, `The server is not initialized: ${message.method} comes after initialize`));
    } else if (this.state === 'shut down') {
      return this.refuse(message, ErrorCodes.InvalidRequest, L(lang, `服务器已关闭（shutdown）：不再处理 ${message.method}`, `The server is shut down: ${message.method} is not handled any more`));
    } else if (message.method === 'shutdown') {
      this.state = 'shut down';
    }
    return next(message);
  }

  private refuse(message: RequestMessage, code: number, text: string): void {
    const response: ResponseMessage = { jsonrpc: '2.0', id: message.id, error: { code, message: text } };
    // A client gone already is reported by the reader; nothing more to do here.
    this.writer.write(response).catch(() => undefined);
  }
}

/** The answer to a request the client cancelled (LSP RequestCancelled). */
export function cancelled(lang: Lang): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, L(lang, '请求已取消', 'Request cancelled'));
}
