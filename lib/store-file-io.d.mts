import type { Adapter } from 'lowdb'

export class StoreFile<T> implements Adapter<T> {
  constructor(file: string)
  read(): Promise<T | null>
  write(data: T): Promise<void>
}
