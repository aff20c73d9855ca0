/** A react-admin validator refusing an empty list, with the catalogue key of its message. */
export const atLeastOne = (message: string) => (value: string[] | undefined) => (value && value.length > 0 ? undefined : message);
