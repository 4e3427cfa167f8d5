// What each viewer may see of an applicant profile, field by field: enforced before anything leaves
// the data layer, so a withheld value is not even in the returned object. Mentorship counterparts:
// mentorship-counterpart.test.ts.
import type { Visibility } from "@/lib/domain/case-facts";
import { getApplicantProfileForViewer } from "@/lib/profiles/queries";
import { insertUser } from "./helpers";
import { fillProfile } from "./profiles-fixtures";

const secretNote = "Reviewer for CVPR, no letters yet";
const secretGoals = "File EB-1A within a year, with NIW as a backup.";

type Viewer = "self" | "admin" | "moderator" | "member" | "anonymous";

async function setup(privacy: {
  countryVisibility?: Visibility;
  statusVisibility?: Visibility;
  stageVisibility?: Visibility;
  evidenceVisibility?: Visibility;
}) {
  const owner = await insertUser();
  await fillProfile(owner, 6, privacy);
  const viewers = {
    self: owner,
    admin: await insertUser({ role: "admin" }),
    moderator: await insertUser({ role: "moderator" }),
    member: await insertUser(),
    anonymous: null,
  };
  return {
    owner,
    view: (who: Viewer) => getApplicantProfileForViewer(viewers[who], owner.id),
  };
}

// Who sees a field marked private / members / public.
const sees: Record<Visibility, Record<Viewer, boolean>> = {
  private: { self: true, admin: true, moderator: false, member: false, anonymous: false },
  members: { self: true, admin: true, moderator: true, member: true, anonymous: false },
  public: { self: true, admin: true, moderator: true, member: true, anonymous: true },
};
const viewers: Viewer[] = ["self", "admin", "moderator", "member", "anonymous"];
const cases = (["private", "members", "public"] as const).flatMap((level) =>
  viewers.map((viewer) => [level, viewer, sees[level][viewer]] as const),
);

describe("per-field visibility", () => {
  it.each(cases)("country of birth marked %s, seen by %s: %s", async (level, viewer, visible) => {
    const { view } = await setup({ countryVisibility: level });
    const seen = await view(viewer);
    if (visible) expect(seen?.countryOfBirth).toBe("IN");
    else expect(seen).not.toHaveProperty("countryOfBirth");
    // The other sensitive fields stay private.
    expect(seen?.currentStatus !== undefined).toBe(viewer === "self" || viewer === "admin");
  });

  it.each(cases)("current status marked %s, seen by %s: %s", async (level, viewer, visible) => {
    const { view } = await setup({ statusVisibility: level });
    const seen = await view(viewer);
    if (visible) expect(seen?.currentStatus).toBe("h1b");
    else expect(seen).not.toHaveProperty("currentStatus");
  });

  it.each(cases)("stage marked %s, seen by %s: %s", async (level, viewer, visible) => {
    const { view } = await setup({ stageVisibility: level });
    const seen = await view(viewer);
    if (visible) expect(seen?.stage).toBe("building_evidence");
    else expect(seen).not.toHaveProperty("stage");
  });

  it.each(cases)(
    "self-assessment and goals marked %s, seen by %s: %s",
    async (level, viewer, visible) => {
      const { view } = await setup({ evidenceVisibility: level });
      const seen = await view(viewer);
      if (visible) {
        expect(seen?.goals).toBe(secretGoals);
        expect(seen?.assessments).toHaveLength(13);
        expect(seen?.assessments).toContainEqual({
          pathway: "eb1a",
          criterion: "judging",
          strength: "some",
          note: secretNote,
        });
      } else {
        expect(seen).not.toHaveProperty("goals");
        expect(seen).not.toHaveProperty("assessments");
        expect(JSON.stringify(seen)).not.toContain(secretNote);
        expect(JSON.stringify(seen)).not.toContain(secretGoals);
      }
    },
  );
});

describe("the rest of the profile", () => {
  it("pathways, field, keywords, languages and time zone: members yes, visitors no", async () => {
    const { view } = await setup({});
    const basics = {
      targetPathways: ["eb1a", "eb2_niw"],
      field: "ai_computing",
      keywords: ["computer vision", "medical imaging"],
      languages: ["en", "hi"],
      timezone: "America/Los_Angeles",
    };
    for (const viewer of ["self", "admin", "moderator", "member"] as const) {
      expect(await view(viewer)).toMatchObject(basics);
    }
    const anonymous = await view("anonymous");
    expect(anonymous).toEqual({ userId: expect.any(String), access: "anonymous" });
  });

  it("with everything private, another member sees only the basics", async () => {
    const { owner, view } = await setup({});
    expect(Object.keys((await view("member"))!).sort()).toEqual(
      ["access", "field", "keywords", "languages", "targetPathways", "timezone", "userId"].sort(),
    );
    expect((await view("member"))?.userId).toBe(owner.id);
  });

  it("the visibility choices themselves are shown to the owner and admins only", async () => {
    const { view } = await setup({ stageVisibility: "public" });
    const expected = {
      country: "private",
      status: "private",
      stage: "public",
      evidence: "private",
    };
    expect((await view("self"))?.visibility).toEqual(expected);
    expect((await view("admin"))?.visibility).toEqual(expected);
    expect(await view("member")).not.toHaveProperty("visibility");
    expect(await view("moderator")).not.toHaveProperty("visibility");
    expect(await view("anonymous")).not.toHaveProperty("visibility");
  });

  it("says how the viewer stands to the owner", async () => {
    const { view } = await setup({});
    expect((await view("self"))?.access).toBe("self");
    expect((await view("admin"))?.access).toBe("admin");
    expect((await view("moderator"))?.access).toBe("member");
    expect((await view("anonymous"))?.access).toBe("anonymous");
  });

  it("gives null for someone with no applicant profile", async () => {
    const nobody = await insertUser();
    const member = await insertUser();
    expect(await getApplicantProfileForViewer(member, nobody.id)).toBeNull();
    expect(await getApplicantProfileForViewer(null, crypto.randomUUID())).toBeNull();
  });
});
