/** Thrown inside a cell's computation when an argument cannot be used; caught by the cell mapper and shown as #VALUE!. */
export class ArgError extends Error {
  static is(err: unknown): err is ArgError {
    return err instanceof ArgError;
  }
}
