import type { ComponentProps, ReactNode } from "react";
import { cva } from "class-variance-authority";
import {
  CircleAlert,
  CircleCheck,
  Info,
  TriangleAlert,
  type IconComponent,
} from "@/components/ui/icons";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "danger";

const alertVariants = cva("flex gap-3 rounded-control border p-4 text-sm", {
  variants: {
    tone: {
      info: "border-accent/30 bg-accent-subtle text-fg",
      success: "border-success/30 bg-success-subtle text-fg",
      warning: "border-warning/30 bg-warning-subtle text-fg",
      danger: "border-danger/30 bg-danger-subtle text-fg",
    },
  },
});

const icons: Record<AlertTone, { Icon: IconComponent; className: string }> = {
  info: { Icon: Info, className: "text-accent" },
  success: { Icon: CircleCheck, className: "text-success" },
  warning: { Icon: TriangleAlert, className: "text-warning" },
  danger: { Icon: CircleAlert, className: "text-danger" },
};

export type AlertProps = Omit<ComponentProps<"div">, "title" | "role"> & {
  tone?: AlertTone;
  title?: ReactNode;
};

/** Danger interrupts the screen reader (role=alert); other tones wait their turn (role=status). */
export function Alert({ tone = "info", title, className, children, ...props }: AlertProps) {
  const { Icon, className: iconClassName } = icons[tone];
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn(alertVariants({ tone }), className)}
      {...props}
    >
      <Icon aria-hidden="true" className={cn("mt-0.5 size-4 shrink-0", iconClassName)} />
      <div className="flex min-w-0 flex-col gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}
