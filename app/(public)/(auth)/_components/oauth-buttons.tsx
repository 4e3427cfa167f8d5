import { Button } from "@/components/ui/button";
import type { EnabledProvider } from "@/lib/auth/providers";
import { oauthSignInAction } from "../oauth-actions";

/** The enabled providers as buttons: "Continue with X" to sign in, "Sign up with X" to join. */
export function OAuthButtons({
  providers,
  next,
  verb = "Continue with",
  intro = "Or continue with another service",
}: {
  providers: EnabledProvider[];
  next?: string;
  verb?: string;
  intro?: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2 border-t border-border pt-4">
      <p className="text-sm text-muted">{intro}</p>
      {providers.map((p) => (
        <form key={p.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={p.id} />
          {next && <input type="hidden" name="next" value={next} />}
          <Button type="submit" variant="secondary" className="w-full">
            {verb} {p.name}
          </Button>
        </form>
      ))}
    </div>
  );
}
