// The language server: `node dist/server.js --stdio` for any LSP editor, or over IPC when VS Code starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
