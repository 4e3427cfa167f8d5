// A memory leak under concurrent load, and its fix (decision 010, "Memory under load").
//
// When React finishes a server render it aborts the render's cache signal with a new Error. V8
// keeps an unformatted error's call frames, receivers included, until its `stack` is first read.
// That render ran inside a setImmediate callback, so one receiver is the Immediate itself, and
// Node (20) leaves a finished Immediate linked to the others of its batch (`_idleNext`,
// `_idlePrev`), each of which carries its request's async-context store. So every finished
// render kept the renders that shared its event-loop turn alive, and they kept theirs: under 20
// concurrent connections the whole history of requests stayed reachable (about 110 kB of heap
// and twice that of RSS per page), from a module promise that holds the first request's store.
//
// Reading `stack` once, as the abort happens, formats it and lets V8 drop the frames, which
// breaks the chain. It costs one stack formatting per aborted controller (one per page render).
let installed = false;

export function releaseAbortReasonFrames(): void {
  if (installed) return;
  installed = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function abortWithFormattedReason(
    this: AbortController,
    reason?: unknown,
  ) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
}
