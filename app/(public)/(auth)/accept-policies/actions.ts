"use server";

import { redirect } from "next/navigation";
import { userAction } from "@/lib/action";
import { safeNextPath } from "@/lib/auth/schemas";
import { acceptPolicies } from "@/lib/policies/mutations";
import { acceptPoliciesSchema } from "@/lib/policies/schemas";

export const acceptPoliciesAction = userAction(acceptPoliciesSchema, async (data, user) => {
  await acceptPolicies(user, data.acceptPolicies);
  redirect(safeNextPath(data.next));
});
