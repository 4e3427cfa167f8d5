import { PenLine } from "@/components/ui/icons";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown to members who may not write: how to become someone who can. */
export function NotAWriter() {
  return (
    <EmptyState
      icon={PenLine}
      title="Mentors write the library"
      description="Guides come from people who were approved on their own path. If that is you, create your mentor profile first; then you can write here."
      link={{ href: "/profile/mentor", label: "Become a mentor" }}
    />
  );
}
