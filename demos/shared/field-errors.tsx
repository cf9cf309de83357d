// #region field-a11y
/** aria wiring for an input whose errors are listed under it. */
export function fieldA11y(
  id: string,
  errors: string[] | undefined,
  hintId?: string,
) {
  const errorId = errors?.length ? `${id}-error` : undefined
  return {
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby':
      [hintId, errorId].filter(Boolean).join(' ') || undefined,
  }
}

// The list's id is what aria-describedby points at.
export function FieldErrors({
  id,
  errors,
}: {
  id: string
  errors: string[] | undefined
}) {
  if (!errors?.length) return null
  return (
    <ul id={`${id}-error`} className="field-errors">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  )
}
// #endregion field-a11y
