export declare const MIN_SECRET_BYTES: number
export declare function checkProductionSecret(
  secret: string | undefined,
): string | null
export declare const MIN_INSTRUCTOR_PASSWORD: number
export declare function checkInstructorPassword(
  password: string | undefined,
): string | null
