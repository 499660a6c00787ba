// A command line run is a cold process: most of its check runs before V8 has optimized the code it runs, and the
// optimizing compiler's work competes with the check for the machine's cores (a 10 MB collection: 1.4 s of
// TurboFan compilation in a 1.4 s run, on 2 cores). A flag of V8's compiler makes that cheaper; being a flag of the
// compiler's heuristics, not of the heap, it may be set once the process runs (bench part 17 measures it).
import { setFlagsFromString } from 'v8';

/**
 * Inlining is cut to 200 bytes of bytecode a function (V8's default is 920): an optimized function compiles in a
 * fraction of the time, sooner and on less of the machine, for code a little slower once it runs. (Feedback from a
 * function's first call, --no-lazy-feedback-allocation, made the cold collection faster still but a folder of
 * .docx files a seventh slower: it is not set.)
 */
export const CLI_JIT_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200'];

export function setJitFlags(): void {
  for (const flag of CLI_JIT_FLAGS) setFlagsFromString(flag);
}
