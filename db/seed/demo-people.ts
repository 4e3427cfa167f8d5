// The named demo people (docs/demo.md); later issues add their profiles, cases and activity.
import type { UserRole } from "@/db/schema";

export interface DemoPerson {
  email: string;
  displayName: string;
  handle: string;
  role: UserRole;
  kind: "staff" | "applicant" | "mentor";
}

export const demoPeople: DemoPerson[] = [
  {
    email: "admin@example.com",
    displayName: "Grace Okonkwo",
    handle: "admin",
    role: "admin",
    kind: "staff",
  },
  {
    email: "moderator@example.com",
    displayName: "Tomás Ruiz",
    handle: "moderator",
    role: "moderator",
    kind: "staff",
  },
  {
    email: "priya@example.com",
    displayName: "Priya Raman",
    handle: "priya",
    role: "member",
    kind: "applicant",
  },
  {
    email: "wei@example.com",
    displayName: "Wei Zhang",
    handle: "wei",
    role: "member",
    kind: "applicant",
  },
  {
    email: "diego@example.com",
    displayName: "Diego Hernández",
    handle: "diego",
    role: "member",
    kind: "applicant",
  },
  {
    email: "amara@example.com",
    displayName: "Amara Okafor",
    handle: "amara",
    role: "member",
    kind: "applicant",
  },
  {
    email: "arjun@example.com",
    displayName: "Arjun Mehta",
    handle: "arjun",
    role: "member",
    kind: "mentor",
  },
  {
    email: "lin@example.com",
    displayName: "Lin Chen",
    handle: "lin",
    role: "member",
    kind: "mentor",
  },
  {
    email: "sofia@example.com",
    displayName: "Sofia Alvarez",
    handle: "sofia",
    role: "member",
    kind: "mentor",
  },
  {
    email: "kwame@example.com",
    displayName: "Kwame Mensah",
    handle: "kwame",
    role: "member",
    kind: "mentor",
  },
  {
    email: "yuki@example.com",
    displayName: "Yuki Tanaka",
    handle: "yuki",
    role: "member",
    kind: "mentor",
  },
  {
    email: "olena@example.com",
    displayName: "Olena Kovalenko",
    handle: "olena",
    role: "member",
    kind: "mentor",
  },
];
