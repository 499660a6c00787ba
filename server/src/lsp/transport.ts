import {
  createServerPipeTransport, createServerSocketTransport, IPCMessageReader, IPCMessageWriter, MessageReader, MessageType,
  MessageWriter, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver/node';
import type { NotificationMessage } from 'vscode-languageserver/node';
import { L } from '../core';
import type { Lang } from '../core';

/** How the server talks to its client, from its command line, as vscode-languageserver reads it. */
export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** Over stdin and stdout: stdout is the protocol's, so nothing else may be printed to it. */
  stdio: boolean;
}

export function transportOf(argv: readonly string[]): Transport {
  const value = (name: string) => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1];
  };
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
  const port = value('--socket');
  if (port !== undefined) {
    const [reader, writer] = createServerSocketTransport(Number(port));
    return { reader, writer, stdio: false };
  }
  const pipe = value('--pipe');
  if (pipe !== undefined) {
    const [reader, writer] = createServerPipeTransport(pipe);
    return { reader, writer, stdio: false };
  }
  if (argv.includes('--stdio')) return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
  throw new Error('govreport server: start it with --stdio, --node-ipc, --socket=<port> or --pipe=<name>');
}

/** How long the last message may take to reach the client before the server exits anyway. */
const FLUSH_MS = 1000;

/**
 * A message the reader cannot read (a Content-Length that does not match the message, a header without one, a
 * body that is no JSON) leaves it out of step with the client for good: every message after it is read from the
 * wrong place. The error is logged (to the client and to stderr) and the server exits with 1, so that the client
 * restarts it, rather than staying alive and deaf. So too when the client goes away: with 0 after a shutdown.
 */
export function exitOnBrokenTransport(transport: Transport, lang: () => Lang, shutDown: () => boolean): void {
  const { reader, writer } = transport;
  let exiting = false;
  const fail = async (detail: string) => {
    if (exiting) return;
    exiting = true;
    const message = L(lang(), `govreport 语言服务器：读不出客户端发来的消息（${detail}），之后的消息已无法对齐。服务器退出，由客户端重新启动。`,
      `govreport language server: a message from the client could not be read (${detail}); the messages after it cannot be found. The server exits so that the client starts it again.`);
    process.stderr.write(`${message}\n`);
    const log: NotificationMessage = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: MessageType.Error, message } };
    const logged = writer.write(log).catch(() => undefined);
    await Promise.race([logged, new Promise((r) => setTimeout(r, FLUSH_MS))]);
    process.exit(1);
  };
  reader.onError((e) => void fail(e.message));
  reader.onPartialMessage((info) => void fail(L(lang(), `一条消息的其余部分 ${info.waitingTime / 1000} 秒未到：Content-Length 大于所发的字节`, `the rest of a message did not come for ${info.waitingTime / 1000} s: its Content-Length is more than the bytes sent`)));
  reader.onClose(() => {
    if (!exiting) process.exit(shutDown() ? 0 : 1);
  });
}
