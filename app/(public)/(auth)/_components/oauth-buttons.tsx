import { Button } from "@/components/ui/button";
import type { EnabledProvider } from "@/lib/auth/providers";
import { oauthSignInAction } from "../oauth-actions";

export function OAuthButtons({ providers, next }: { providers: EnabledProvider[]; next?: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2 border-t border-border pt-4">
      <p className="text-sm text-muted">Or continue with</p>
      {providers.map((p) => (
        <form key={p.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={p.id} />
          {next && <input type="hidden" name="next" value={next} />}
          <Button type="submit" variant="secondary" className="w-full">
            {p.name}
          </Button>
        </form>
      ))}
    </div>
  );
}
