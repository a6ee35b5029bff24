// The type-ahead list behind a state field: "Niue (NIU)" matches typing the name or the code.
export function StateDatalist({ id, states }: { id: string; states: readonly { iso3: string; label: string }[] }) {
  return (
    <datalist id={id}>
      {states.map((state) => (
        <option key={state.iso3} value={state.label}>
          {state.label}
        </option>
      ))}
    </datalist>
  );
}
