// A language server the bench started, ended as a client ends it: its peak memory read first (the kernel's
// high-water mark of the process), then shutdown, exit, and the wait for the process to go.
import * as fs from 'node:fs';

/** The server's peak RSS in MB, once it has stopped. */
export async function stopServer(conn, server) {
  const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const peakRssMB = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((r) => server.on('exit', r));
  conn.dispose();
  return peakRssMB;
}
