export function originMatchesHost(
  origin: string | null | undefined,
  host: string | null | undefined,
): boolean
export function isSameOrigin(request: Request): boolean
