/**
 * A small stand-in for Excel's `CustomFunctions` global: what the functions
 * bundle needs to register its functions and report errors. Error codes are
 * the strings Excel's runtime uses.
 */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** `CustomFunctions.Error`: a code and an optional message. */
export class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type CustomFunction = (...args: unknown[]) => unknown;

export interface CustomFunctionsStandIn {
  readonly Error: typeof CustomFunctionsError;
  readonly ErrorCode: typeof ErrorCode;
  /** Records each registration, as Excel does when the bundle runs. */
  associate(id: string, fn: CustomFunction): void;
  readonly registered: Map<string, CustomFunction>;
}

export function customFunctionsStandIn(): CustomFunctionsStandIn {
  const registered = new Map<string, CustomFunction>();
  return {
    Error: CustomFunctionsError,
    ErrorCode,
    registered,
    associate(id, fn) {
      if (registered.has(id)) throw new Error(`${id} is associated twice`);
      registered.set(id, fn);
    },
  };
}

/** Makes the stand-in the global `CustomFunctions`, for tests that import the sources directly. */
export function installCustomFunctionsGlobal(): CustomFunctionsStandIn {
  const standIn = customFunctionsStandIn();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = standIn;
  return standIn;
}
