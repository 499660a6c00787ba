// The language server: `node dist/server.js --stdio` for any LSP editor, or over IPC when VS Code starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Lifecycle } from './lifecycle';
import { startServer } from './server';
import { exitOnBrokenTransport, transportOf } from './transport';

const transport = transportOf(process.argv);
let server: ReturnType<typeof startServer> | undefined;
const lang = () => server?.lang() ?? 'zh';
const lifecycle = new Lifecycle(transport.writer, lang);
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, { messageStrategy: lifecycle, connectionStrategy: lifecycle.connectionStrategy });
if (transport.stdio) {
  // stdout carries the protocol: anything printed goes to the client's log instead.
  console.log = connection.console.log.bind(connection.console);
  console.info = connection.console.info.bind(connection.console);
  console.warn = connection.console.warn.bind(connection.console);
  console.error = connection.console.error.bind(connection.console);
  console.debug = connection.console.log.bind(connection.console);
}
exitOnBrokenTransport(transport, lang, () => lifecycle.shutDown);
server = startServer(connection);
