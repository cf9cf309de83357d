export function encodeStore(data: unknown): Buffer
