"use client";

import { useSyncExternalStore } from "react";
import { useTheme } from "next-themes";
import { Check, Monitor, Moon, Sun, SunMoon, type IconComponent } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button-variants";
import { PopoverPanel, panelItemClassName } from "@/components/ui/popover-panel";
import { cx } from "@/components/ui/cx";

const choices: { value: string; label: string; Icon: IconComponent }[] = [
  { value: "light", label: "Light", Icon: Sun },
  { value: "dark", label: "Dark", Icon: Moon },
  { value: "system", label: "System", Icon: Monitor },
];

const subscribe = () => () => {};

/** False on the server and during hydration, true after: the stored theme is only known in the browser. */
function useIsClient() {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const isClient = useIsClient();
  const current = isClient ? choices.find((choice) => choice.value === theme) : undefined;
  const Icon = current?.Icon ?? SunMoon;

  return (
    <PopoverPanel
      label={current ? `Theme: ${current.label}` : "Theme"}
      triggerClassName={cx(buttonVariants({ variant: "ghost", size: "md" }), "w-10 px-0")}
      trigger={<Icon aria-hidden="true" />}
    >
      {(close) => (
        <div role="group" aria-label="Theme">
          <p className="px-2 py-1.5 text-xs font-medium text-muted" aria-hidden="true">
            Theme
          </p>
          {choices.map(({ value, label, Icon: ChoiceIcon }) => (
            <button
              key={value}
              type="button"
              aria-pressed={isClient && theme === value}
              className={panelItemClassName}
              onClick={() => {
                setTheme(value);
                close();
              }}
            >
              <ChoiceIcon aria-hidden="true" />
              <span className="flex-1">{label}</span>
              {isClient && theme === value && <Check aria-hidden="true" />}
            </button>
          ))}
        </div>
      )}
    </PopoverPanel>
  );
}
