export declare const MIN_SECRET_BYTES: number
export declare function checkProductionSecret(
  secret: string | undefined,
): string | null
