// The language server: `node dist/server.js --stdio` for any LSP editor, or over IPC when VS Code starts it.
import { setFlagsFromString } from 'v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Checking a large collection of reports makes much short-lived garbage; a heap tuned for size collects it
// before growing, which keeps the server's peak memory low (a 10 MB collection: see the benchmark). The flag
// works fully only on the command line (`node --optimize-for-size dist/server.js`, as the VS Code client starts
// it); set here it still applies to the heap's growth from now on, for editors that start the server plainly.
if (!process.execArgv.includes('--optimize-for-size')) setFlagsFromString('--optimize-for-size');

startServer(createConnection(ProposedFeatures.all));
