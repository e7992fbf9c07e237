/**
 * Turns a message into the error value a cell shows. Custom messages are only
 * displayed with #VALUE! and #N/A, so every argument problem is #VALUE! with
 * a Chinese message saying what is wrong.
 */
export function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

export function divisionError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero, message);
}

export function isCustomFunctionsError(value: unknown): value is CustomFunctions.Error {
  return value instanceof CustomFunctions.Error;
}
