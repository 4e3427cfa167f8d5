// The community's size limits, without zod, so the browser's forms can show them cheaply.
import { pathwayCodes } from "@/lib/domain/pathways";

export const TITLE_MIN = 10;
export const TITLE_MAX = 150;
export const OPENING_BODY_MIN = 20;
export const REPLY_BODY_MIN = 2;
export const BODY_MAX = 20_000;
export const PATHWAYS_MAX = pathwayCodes.length;
export const CRITERIA_MAX = 6;
export const SEARCH_MAX = 200;
