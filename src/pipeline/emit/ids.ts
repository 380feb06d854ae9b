/**
 * JSX attribute values in generated MDX are only generator-made ids and enums, never input
 * text: this guard keeps it that way even if an upstream stage slips.
 */
const ATTRIBUTE_VALUE = /^[a-z0-9][a-z0-9-]*$/;

/** Return `value` if it is a safe attribute value (an id or enum), else throw. */
export function attributeValue(value: string, what: string): string {
  if (!ATTRIBUTE_VALUE.test(value)) {
    throw new Error(
      `emit: ${what} ${JSON.stringify(value)} is not an id (expected ${ATTRIBUTE_VALUE.source})`,
    );
  }
  return value;
}
