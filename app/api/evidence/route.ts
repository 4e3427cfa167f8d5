// Evidence uploads (docs/security.md #30): the one request that may carry a large body. Server
// actions take at most 256 kB (next.config.ts), so the file comes here, where the size is checked
// from Content-Length before a byte is read. A form posted without JavaScript is sent back to its
// page; the script-driven form gets the state as JSON.
import { revalidate } from "@/lib/revalidate";
import { errorState } from "@/lib/action";
import { getCurrentUser } from "@/lib/auth/session";
import { formDataToObject, keepValues, type ActionState } from "@/lib/form-state";
import { rejectCrossSite } from "@/lib/http";
import {
  EVIDENCE_FORM_MAX_BYTES,
  EVIDENCE_MAX_BYTES,
  formatFileSize,
} from "@/lib/verification/files";
import { submitEvidence } from "@/lib/verification/mutations";
import { evidenceUploadSchema } from "@/lib/verification/schemas";

function answer(request: Request, state: ActionState, status: number, caseRecordId?: string) {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  if (wantsJson) return Response.json(state, { status, headers: { "Cache-Control": "no-store" } });
  const page = caseRecordId ? `/profile/mentor/cases/${caseRecordId}` : "/profile/mentor";
  const outcome = state.status === "success" ? "sent" : "refused";
  return new Response(null, {
    status: 303,
    headers: { Location: `${page}?evidence=${outcome}`, "Cache-Control": "no-store" },
  });
}

const refused = (message: string): ActionState => ({ status: "error", message });

export async function POST(request: Request) {
  const crossSite = rejectCrossSite(request);
  if (crossSite) return crossSite;
  const user = await getCurrentUser();
  if (!user) return answer(request, refused("Your session has ended. Please sign in again."), 401);
  const length = Number(request.headers.get("content-length"));
  if (!request.headers.get("content-length") || !Number.isFinite(length)) {
    return answer(request, refused("The upload did not say how large it is. Try again."), 411);
  }
  if (length > EVIDENCE_FORM_MAX_BYTES) {
    return answer(
      request,
      refused(`The file is too large: send one of at most ${formatFileSize(EVIDENCE_MAX_BYTES)}.`),
      413,
    );
  }
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return answer(request, refused("The upload was damaged on its way. Try again."), 400);
  }
  const fields = formDataToObject(formData);
  const values = keepValues(fields);
  const caseRecordId = typeof fields.caseRecordId === "string" ? fields.caseRecordId : undefined;
  try {
    const data = evidenceUploadSchema.parse({ ...fields, file: formData.get("file") ?? undefined });
    await submitEvidence(user, data);
    revalidate.verification();
    return answer(
      request,
      {
        status: "success",
        message: "Evidence sent. An admin will review it; we will tell you the outcome.",
      },
      200,
      data.caseRecordId,
    );
  } catch (err) {
    return answer(request, errorState(err, values), 400, caseRecordId);
  }
}
