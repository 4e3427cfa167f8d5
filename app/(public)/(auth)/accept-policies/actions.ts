"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/action";
import { safeNextPath } from "@/lib/auth/schemas";
import { acceptPolicies } from "@/lib/policies/mutations";
import { acceptPoliciesSchema } from "@/lib/policies/schemas";

export const acceptPoliciesAction = userAction(acceptPoliciesSchema, async (data, user) => {
  const accepted = await acceptPolicies(user, data.acceptPolicies);
  // The redirect renders the next page in this same request, from the member row this request
  // already loaded (React cache): it must read as accepted, or that page would ask again.
  Object.assign(user, accepted);
  // Every page the browser fetched before (each one a redirect here) is stale now: drop them all,
  // or a cached redirect can send the member back and forth between here and a page.
  revalidate.everyPage();
  redirect(safeNextPath(data.next));
});
