"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/action";
import { buildExportsAfterResponse } from "@/lib/export/after";
import { requestExport } from "@/lib/export/mutations";

/** Asks for an export and starts building it as soon as this response has gone out. */
export const requestExportAction = userAction(z.strictObject({}), async (_data, user) => {
  await requestExport(user);
  buildExportsAfterResponse();
  revalidatePath("/settings/data");
  return {
    status: "success",
    message: "We are preparing your export. We will notify you and email you when it is ready.",
  };
});
