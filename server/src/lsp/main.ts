// The language server: `node dist/server.js --stdio` for any LSP editor, or over IPC when VS Code starts it.
import { setFlagsFromString } from 'v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Checking a large collection of reports makes much short-lived garbage; a heap tuned for size collects it
// before growing, which keeps the server's peak memory low (a 10 MB collection: see the benchmark).
setFlagsFromString('--optimize-for-size');

startServer(createConnection(ProposedFeatures.all));
