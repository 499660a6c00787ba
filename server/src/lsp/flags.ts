/**
 * The V8 flags the VS Code client starts the server with, and the benchmark measures the server under. A young
 * generation of 4 MB instead of V8's default: a large collection is checked with about 10 MB less peak memory and
 * no slower (bench/). Not --optimize-for-size: its heap gives back memory so eagerly that editing a 10 MB
 * collection ran a full collection every few keystrokes.
 */
export const SERVER_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
