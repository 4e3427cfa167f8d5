// Calls POST /api/evidence (app/api/evidence/route.ts) as the browser's script does: a same-origin
// multipart request with its Content-Length, asking for the state as JSON.
import { POST } from "@/app/api/evidence/route";
import type { ActionState } from "@/lib/form-state";

export async function uploadEvidence(
  form: FormData,
  headers: Record<string, string> = {},
): Promise<ActionState> {
  const encoded = new Response(form);
  const body = await encoded.arrayBuffer();
  const request = new Request("http://localhost:3000/api/evidence", {
    method: "POST",
    body,
    headers: {
      host: "localhost:3000",
      origin: "http://localhost:3000",
      accept: "application/json",
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(body.byteLength),
      ...headers,
    },
  });
  return (await (await POST(request)).json()) as ActionState;
}

/** The same as a form action, so tables of actions can hold it: (state, form) → state. */
export const uploadEvidenceAction = (_prev: ActionState, form: FormData) => uploadEvidence(form);
