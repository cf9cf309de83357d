// The store file's bytes: exactly JSON.stringify(data), encoded as UTF-8,
// but built from the bytes of each row, kept from the last write for every
// row that is still the same object (store-draft.ts keeps unchanged rows
// as they were). Stringifying and encoding a whole 3.6 MB store took about
// 25 ms of the event loop at 10,000 users; joining kept rows takes about 3.
// Plain JavaScript: the crash test's writer process imports it too.

/** @type {WeakMap<object, Buffer>} */
const encodedRows = new WeakMap()

const COMMA = Buffer.from(',')
const OPEN_ARRAY = Buffer.from('[')
const CLOSE_ARRAY = Buffer.from(']')
const OPEN_OBJECT = Buffer.from('{')
const CLOSE_OBJECT = Buffer.from('}')

/**
 * @param {unknown} data the store
 * @returns {Buffer}
 */
export function encodeStore(data) {
  /** @type {Buffer[]} */
  const parts = []
  encodeValue(data, parts, 0)
  return Buffer.concat(parts)
}

// The store object and its sections (settings, workshop) are spelled out;
// the rows inside their lists are the unit that is kept.
const SPELLED_OUT_DEPTH = 2

/**
 * @param {unknown} value
 * @param {Buffer[]} parts
 * @param {number} depth
 */
function encodeValue(value, parts, depth) {
  if (Array.isArray(value)) {
    parts.push(OPEN_ARRAY)
    value.forEach((item, index) => {
      if (index > 0) parts.push(COMMA)
      parts.push(isRow(item) ? rowBytes(item) : plain(item ?? null))
    })
    parts.push(CLOSE_ARRAY)
  } else if (isRow(value) && depth < SPELLED_OUT_DEPTH) {
    parts.push(OPEN_OBJECT)
    let first = true
    for (const [key, field] of Object.entries(value)) {
      // JSON.stringify leaves out what JSON cannot hold.
      if (field === undefined || typeof field === 'function') continue
      if (!first) parts.push(COMMA)
      first = false
      parts.push(Buffer.from(`${JSON.stringify(key)}:`))
      encodeValue(field, parts, depth + 1)
    }
    parts.push(CLOSE_OBJECT)
  } else {
    parts.push(plain(value))
  }
}

/** @param {unknown} value @returns {value is object} */
function isRow(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** @param {object} row */
function rowBytes(row) {
  let bytes = encodedRows.get(row)
  if (!bytes) {
    bytes = plain(row)
    // Only rows that cannot change: a row still being edited is not kept.
    if (Object.isFrozen(row)) encodedRows.set(row, bytes)
  }
  return bytes
}

/** @param {unknown} value */
function plain(value) {
  return Buffer.from(JSON.stringify(value))
}
