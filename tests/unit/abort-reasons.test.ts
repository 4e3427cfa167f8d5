import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonFrames } from "@/lib/abort-reasons";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Stands for the Immediate a render runs in: the receiver of the frame that creates the reason. */
class Turn {
  payload = new Array(1000).fill("request state");
  finish(controller: AbortController) {
    controller.abort(new Error("This render completed successfully."));
  }
}

/** Aborts from inside a Turn, drops the Turn, and says whether the aborted signal still holds it. */
async function turnOutlivesAbort(): Promise<boolean> {
  const controller = new AbortController();
  let turn: Turn | null = new Turn();
  const ref = new WeakRef(turn);
  turn.finish(controller);
  turn = null;
  // A WeakRef's target stays alive until the current job ends.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  const alive = ref.deref() !== undefined;
  expect(controller.signal.aborted).toBe(true);
  return alive;
}

describe("abort reasons", () => {
  it("without the fix, an unread reason keeps its frames' receivers alive (the leak's link)", async () => {
    expect(await turnOutlivesAbort()).toBe(true);
  });

  it("with the fix, the receiver is collected once the abort is done, and the reason keeps its stack", async () => {
    releaseAbortReasonFrames();
    const installed = AbortController.prototype.abort;
    releaseAbortReasonFrames();
    expect(AbortController.prototype.abort).toBe(installed); // installing twice wraps once
    expect(await turnOutlivesAbort()).toBe(false);

    const controller = new AbortController();
    new Turn().finish(controller);
    const reason = controller.signal.reason as Error;
    expect(reason.message).toBe("This render completed successfully.");
    expect(reason.stack).toContain("Turn.finish");

    // Reasons that are not errors pass through untouched.
    const other = new AbortController();
    other.abort("timeout");
    expect(other.signal.reason).toBe("timeout");
  });
});
