// A reason's weight, signed (+30, -10): styled by .reason-list (app/globals.css). Works in server
// and client components alike (mentor cards, and the reasons disclosure).
export function Weight({ value }: { value: number }) {
  return (
    <data value={value} className={value < 0 ? "negative" : undefined}>
      {`${value > 0 ? "+" : ""}${value}`}
    </data>
  );
}
