export * from "./users";
export * from "./rate-limit";
export * from "./email";
export * from "./audit";
export * from "./profiles";
export * from "./mentorship";
export * from "./mentorship-space";
export * from "./community";
