import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { rejectCrossSite } from "@/lib/http";

export const GET = handlers.GET;

export async function POST(request: NextRequest) {
  return rejectCrossSite(request) ?? handlers.POST(request);
}
