// Toasts, the one way client code shows one: `toast.success(message)`. Sonner (about 9 kB
// gzipped) is fetched when the first toast is shown, not with every page: showing one asks the
// layout's <Toaster> (toaster.tsx) to mount sonner's, and sonner replays toasts created before its
// toaster subscribed, so none is lost while it loads.
type Kind = "success" | "error" | "message";

let wanted = false;
const listeners = new Set<() => void>();

function show(kind: Kind, message: string): void {
  if (!wanted) {
    wanted = true;
    for (const listener of listeners) listener();
  }
  import("sonner").then(
    ({ toast: sonner }) => {
      if (kind === "message") sonner(message);
      else sonner[kind](message);
    },
    // The chunk did not arrive (offline): this message is lost; the action itself has happened.
    (error: unknown) => console.warn("Could not load the toaster", error),
  );
}

export const toast = {
  success: (message: string) => show("success", message),
  error: (message: string) => show("error", message),
  message: (message: string) => show("message", message),
};

/** For the <Toaster>: whether a toast has been asked for yet (it mounts sonner's on the first). */
export const toasterWanted = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => wanted,
  server: () => false,
};
