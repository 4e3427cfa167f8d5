import { queuePriority, type QueueSignals } from "@/lib/moderation/priority";

const base: QueueSignals = {
  kind: "reports",
  severity: 2,
  reporters: 1,
  accuracy: 0.5,
  ageHours: 1,
};
const p = (o: Partial<QueueSignals>) => queuePriority({ ...base, ...o });

describe("queue priority", () => {
  it("puts harm to a person before spam", () => {
    expect(p({ severity: 5 })).toBeGreaterThan(p({ severity: 2 }));
  });
  it("rises with distinct reporters, up to a cap", () => {
    expect(p({ reporters: 3 })).toBeGreaterThan(p({ reporters: 1 }));
    expect(p({ reporters: 50 })).toBe(p({ reporters: 10 }));
  });
  it("believes reporters who were right before", () => {
    expect(p({ accuracy: 0.9 })).toBeGreaterThan(p({ accuracy: 0.1 }));
  });
  it("rises with age, up to a week, but never outweighs a more severe reason", () => {
    expect(p({ ageHours: 48 })).toBeGreaterThan(p({ ageHours: 1 }));
    expect(p({ ageHours: 10_000 })).toBe(p({ ageHours: 168 }));
    expect(p({ severity: 1, ageHours: 168 })).toBeLessThan(p({ severity: 3, ageHours: 0 }));
  });
  it("gives holds and appeals a severity of their own", () => {
    expect(p({ kind: "hold", severity: 0, reporters: 0 })).toBeGreaterThan(
      p({ kind: "reports", severity: 1, reporters: 1 }),
    );
  });
});
